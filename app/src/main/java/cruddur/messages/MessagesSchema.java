package cruddur.messages;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates and drops the messages table: keys {@code pk}/{@code sk}, the group index over {@code
 * message_group_uuid}/{@code sk}, on-demand billing, and a stream of new and old images.
 */
public final class MessagesSchema {
  /** The table name callers use unless {@code DDB_MESSAGE_TABLE} says otherwise. */
  public static final String DEFAULT_TABLE_NAME = "cruddur-messages";

  /** The index from a group to its participants' conversation items. */
  public static final String GROUP_INDEX = "message-group-sk-index";

  // DynamoDB takes seconds to minutes to create or delete a table; the local engine no time.
  private static final WaiterOverrideConfiguration WAIT =
      WaiterOverrideConfiguration.builder()
          .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(500)))
          .maxAttempts(600)
          .waitTimeout(Duration.ofMinutes(5))
          .build();

  private final DynamoDbClient client;
  private final String tableName;

  public MessagesSchema(DynamoDbClient client, String tableName) {
    this.client = Objects.requireNonNull(client, "client");
    this.tableName = Objects.requireNonNull(tableName, "tableName");
  }

  /**
   * Creates the table and waits until it is ACTIVE.
   *
   * @return true if this call created it, false if it already existed (then only waits for it)
   */
  public boolean createTable() {
    boolean created;
    try {
      client.createTable(
          t ->
              t.tableName(tableName)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(
                      string(MessageItems.PK),
                      string(MessageItems.SK),
                      string(MessageItems.MESSAGE_GROUP_UUID))
                  .keySchema(
                      key(MessageItems.PK, KeyType.HASH), key(MessageItems.SK, KeyType.RANGE))
                  .globalSecondaryIndexes(
                      GlobalSecondaryIndex.builder()
                          .indexName(GROUP_INDEX)
                          .keySchema(
                              key(MessageItems.MESSAGE_GROUP_UUID, KeyType.HASH),
                              key(MessageItems.SK, KeyType.RANGE))
                          .projection(p -> p.projectionType(ProjectionType.ALL))
                          .build())
                  .streamSpecification(
                      s ->
                          s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
      created = true;
    } catch (ResourceInUseException e) {
      created = false;
    }
    waitFor(w -> w.waitUntilTableExists(describe(), WAIT));
    return created;
  }

  /**
   * Deletes the table and waits until it is gone.
   *
   * @return true if this call deleted it, false if there was no such table
   */
  public boolean dropTable() {
    try {
      client.deleteTable(t -> t.tableName(tableName));
    } catch (ResourceNotFoundException e) {
      return false;
    }
    waitFor(w -> w.waitUntilTableNotExists(describe(), WAIT));
    return true;
  }

  private void waitFor(Consumer<DynamoDbWaiter> wait) {
    try (DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).build()) {
      wait.accept(waiter);
    }
  }

  private DescribeTableRequest describe() {
    return DescribeTableRequest.builder().tableName(tableName).build();
  }

  private static KeySchemaElement key(String attribute, KeyType type) {
    return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder()
        .attributeName(name)
        .attributeType(ScalarAttributeType.S)
        .build();
  }
}
