package cruddur.dynamo.table;

import java.util.Optional;

/**
 * Table settings the engine records and describes but does not act on: encryption with a KMS key
 * (DynamoDB's default, an AWS-owned key, is no setting) and the on-demand throughput ceiling.
 *
 * @param kmsKeyArn the KMS key, when SSESpecification enabled it
 * @param maxReadRequestUnits OnDemandThroughput's read ceiling, when given
 * @param maxWriteRequestUnits OnDemandThroughput's write ceiling, when given
 */
public record TableSettings(
    Optional<String> kmsKeyArn,
    Optional<Long> maxReadRequestUnits,
    Optional<Long> maxWriteRequestUnits) {

  public static final TableSettings NONE =
      new TableSettings(Optional.empty(), Optional.empty(), Optional.empty());

  public boolean hasOnDemandThroughput() {
    return maxReadRequestUnits.isPresent() || maxWriteRequestUnits.isPresent();
  }

  public TableSettings withKmsKey(Optional<String> arn) {
    return new TableSettings(arn, maxReadRequestUnits, maxWriteRequestUnits);
  }

  public TableSettings withOnDemandThroughput(Optional<Long> read, Optional<Long> write) {
    return new TableSettings(kmsKeyArn, read, write);
  }
}
