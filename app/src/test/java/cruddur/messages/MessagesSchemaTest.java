package cruddur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.testing.TestEngine;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class MessagesSchemaTest {
  private static MessagesSchema schema(String table) {
    return new MessagesSchema(TestEngine.client(), table);
  }

  private static TableDescription describe(String table) {
    return TestEngine.client().describeTable(d -> d.tableName(table)).table();
  }

  @Test
  void creatingTwiceReportsThatTheTableAlreadyExists() {
    String table = TestEngine.uniqueTableName("schema");
    assertThat(schema(table).createTable()).isTrue();
    assertThat(schema(table).createTable()).isFalse();
  }

  @Test
  void createdTableHasTheContractedKeysIndexAndStream() {
    String table = TestEngine.uniqueTableName("schema");
    schema(table).createTable();
    TableDescription d = describe(table);
    assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(d.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
    assertThat(d.globalSecondaryIndexes()).hasSize(1);
    GlobalSecondaryIndexDescription index = d.globalSecondaryIndexes().get(0);
    assertThat(index.indexName()).isEqualTo("message-group-sk-index");
    assertThat(index.keySchema())
        .containsExactly(key("message_group_uuid", KeyType.HASH), key("sk", KeyType.RANGE));
    assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
    assertThat(d.streamSpecification().streamEnabled()).isTrue();
    assertThat(d.streamSpecification().streamViewType())
        .isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
  }

  @Test
  void droppingRemovesTheTableAndDroppingAgainReportsThereWasNone() {
    String table = TestEngine.uniqueTableName("schema");
    schema(table).createTable();
    assertThat(schema(table).dropTable()).isTrue();
    assertThat(schema(table).dropTable()).isFalse();
  }

  @Test
  void droppingATableThatNeverExistedReportsThereWasNone() {
    assertThat(schema(TestEngine.uniqueTableName("never")).dropTable()).isFalse();
  }

  @Test
  void readingAMissingTableSaysToLoadTheSchema() {
    MessageRepository messages =
        new MessageRepository(TestEngine.client(), TestEngine.uniqueTableName("missing"));
    assertThatThrownBy(() -> messages.page(UUID.randomUUID(), Optional.empty(), 20))
        .isInstanceOf(MessagesTableMissing.class)
        .hasMessageContaining("./cruddur ddb schema-load");
  }

  @Test
  void writingToAMissingTableSaysToLoadTheSchema() {
    MessageRepository messages =
        new MessageRepository(TestEngine.client(), TestEngine.uniqueTableName("missing"));
    assertThatThrownBy(
            () ->
                messages.send(
                    UUID.randomUUID(), Fixtures.user("a"), "hi", UUID.randomUUID(), Instant.now()))
        .isInstanceOf(MessagesTableMissing.class)
        .hasMessageContaining("./cruddur ddb schema-load");
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }
}
