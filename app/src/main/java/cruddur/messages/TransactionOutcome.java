package cruddur.messages;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/**
 * What a transaction did: committed, or cancelled by failed conditions, with one reason per action
 * in request order (and the existing item where the action asked for it).
 */
record TransactionOutcome(List<CancellationReason> reasons) {
  static final TransactionOutcome COMMITTED = new TransactionOutcome(List.of());

  TransactionOutcome {
    reasons = List.copyOf(reasons);
  }

  boolean committed() {
    return reasons.isEmpty();
  }

  /** Whether action {@code index} (0-based) of a cancelled transaction failed its condition. */
  boolean conditionFailed(int index) {
    return !committed() && MessagesTable.CONDITION_FAILED.equals(reasons.get(index).code());
  }

  /** The item that made action {@code index} fail, when DynamoDB returned it. */
  Optional<Map<String, AttributeValue>> existing(int index) {
    if (committed()) {
      return Optional.empty();
    }
    CancellationReason reason = reasons.get(index);
    return reason.hasItem() && !reason.item().isEmpty()
        ? Optional.of(reason.item())
        : Optional.empty();
  }
}
