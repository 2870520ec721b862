package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static cruddur.dynamo.server.EngineFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** The control plane: creating, describing, listing, updating and deleting tables; TTL; tags. */
// The SDK builders take Consumer varargs, which Java flags as generic array creation.
@SuppressWarnings("unchecked")
class TableOperationsTest extends EngineTest {

  private static AttributeDefinition attr(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }

  private static ProvisionedThroughput throughput(long read, long write) {
    return ProvisionedThroughput.builder()
        .readCapacityUnits(read)
        .writeCapacityUnits(write)
        .build();
  }

  private static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static TableDescription describe(String table) {
    return client.describeTable(r -> r.tableName(table)).table();
  }

  // ---- CreateTable ----

  @Test
  void createTableWithOnlyAHashKeyDescribesTheKeySchema() {
    String table = uniqueName("hash");

    TableDescription created =
        client
            .createTable(
                r ->
                    r.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attr("id", ScalarAttributeType.S))
                        .keySchema(hash("id")))
            .tableDescription();

    assertThat(created.tableName()).isEqualTo(table);
    assertThat(created.keySchema()).containsExactly(hash("id"));
    assertThat(created.attributeDefinitions()).containsExactly(attr("id", ScalarAttributeType.S));
    assertThat(created.tableStatus()).isIn(TableStatus.CREATING, TableStatus.ACTIVE);
    assertThat(created.itemCount()).isZero();
    assertThat(created.tableSizeBytes()).isZero();
    assertThat(created.creationDateTime()).isNotNull();
  }

  @Test
  void createTableWithHashAndRangeKeysDescribesBoth() {
    String table = uniqueName("hr");

    TableDescription created =
        client
            .createTable(
                r ->
                    r.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(
                            attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S))
                        .keySchema(hash("pk"), range("sk")))
            .tableDescription();

    assertThat(created.keySchema()).containsExactly(hash("pk"), range("sk"));
    assertThat(describe(table).keySchema()).containsExactly(hash("pk"), range("sk"));
  }

  @Test
  void numberAndBinaryKeysAreAcceptedAndUsable() {
    String table = uniqueName("nb");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("n", ScalarAttributeType.N), attr("b", ScalarAttributeType.B))
                .keySchema(hash("n"), range("b")));
    AttributeValue bin = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3}));

    client.putItem(r -> r.tableName(table).item(Map.of("n", n("42"), "b", bin, "v", s("x"))));

    assertThat(describe(table).attributeDefinitions())
        .containsExactlyInAnyOrder(
            attr("n", ScalarAttributeType.N), attr("b", ScalarAttributeType.B));
    assertThat(client.getItem(r -> r.tableName(table).key(Map.of("n", n("42"), "b", bin))).item())
        .containsEntry("v", s("x"));
  }

  @Test
  void secondaryIndexesAreDescribedWithTheirProjections() {
    String table = uniqueName("idx");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("pk", ScalarAttributeType.S),
                    attr("sk", ScalarAttributeType.S),
                    attr("g1", ScalarAttributeType.S),
                    attr("g2", ScalarAttributeType.N),
                    attr("l1", ScalarAttributeType.S))
                .keySchema(hash("pk"), range("sk"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("all")
                        .keySchema(hash("g1"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build(),
                    GlobalSecondaryIndex.builder()
                        .indexName("keys")
                        .keySchema(hash("g1"), range("g2"))
                        .projection(
                            Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build(),
                    GlobalSecondaryIndex.builder()
                        .indexName("incl")
                        .keySchema(hash("g2"))
                        .projection(
                            Projection.builder()
                                .projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("a", "b")
                                .build())
                        .build())
                .localSecondaryIndexes(
                    LocalSecondaryIndex.builder()
                        .indexName("local")
                        .keySchema(hash("pk"), range("l1"))
                        .projection(
                            Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build()));

    TableDescription d = describe(table);

    assertThat(d.globalSecondaryIndexes())
        .extracting(GlobalSecondaryIndexDescription::indexName)
        .containsExactlyInAnyOrder("all", "keys", "incl");
    GlobalSecondaryIndexDescription incl =
        d.globalSecondaryIndexes().stream()
            .filter(g -> g.indexName().equals("incl"))
            .findFirst()
            .orElseThrow();
    assertThat(incl.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
    assertThat(incl.projection().nonKeyAttributes()).containsExactlyInAnyOrder("a", "b");
    assertThat(incl.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
    GlobalSecondaryIndexDescription keys =
        d.globalSecondaryIndexes().stream()
            .filter(g -> g.indexName().equals("keys"))
            .findFirst()
            .orElseThrow();
    assertThat(keys.keySchema()).containsExactly(hash("g1"), range("g2"));
    assertThat(keys.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
    LocalSecondaryIndexDescription local = d.localSecondaryIndexes().get(0);
    assertThat(local.indexName()).isEqualTo("local");
    assertThat(local.keySchema()).containsExactly(hash("pk"), range("l1"));
    assertThat(local.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
  }

  @Test
  void provisionedTableReportsItsThroughput() {
    String table = uniqueName("prov");

    client.createTable(
        r ->
            r.tableName(table)
                .attributeDefinitions(attr("id", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .provisionedThroughput(throughput(7, 3)));

    TableDescription d = describe(table);
    assertThat(d.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
    assertThat(d.provisionedThroughput().writeCapacityUnits()).isEqualTo(3L);
    assertThat(
            d.billingModeSummary() == null
                || d.billingModeSummary().billingMode() == BillingMode.PROVISIONED)
        .isTrue();
  }

  @Test
  void payPerRequestTableReportsItsBillingModeAndZeroThroughput() {
    String table = EngineFixture.createHashTable(client);

    TableDescription d = describe(table);

    assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(d.provisionedThroughput().readCapacityUnits()).isZero();
    assertThat(d.provisionedThroughput().writeCapacityUnits()).isZero();
  }

  @Test
  void streamSpecificationIsDescribedWithLatestStreamArnAndLabel() {
    String table = uniqueName("stream");

    TableDescription created =
        client
            .createTable(
                r ->
                    r.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(attr("id", ScalarAttributeType.S))
                        .keySchema(hash("id"))
                        .streamSpecification(
                            StreamSpecification.builder()
                                .streamEnabled(true)
                                .streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)
                                .build()))
            .tableDescription();

    assertThat(created.streamSpecification().streamEnabled()).isTrue();
    assertThat(created.streamSpecification().streamViewType())
        .isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(created.latestStreamLabel()).isNotBlank();
    assertThat(created.latestStreamArn())
        .startsWith(created.tableArn() + "/stream/")
        .endsWith(created.latestStreamLabel());
    assertThat(describe(table).latestStreamArn()).isEqualTo(created.latestStreamArn());
  }

  @Test
  void creatingATableThatExistsIsResourceInUse() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(table)
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(attr("id", ScalarAttributeType.S))
                            .keySchema(hash("id"))))
        .isInstanceOf(ResourceInUseException.class)
        .hasMessageContaining("Table already exists: " + table);
  }

  @Test
  void keyAttributeWithoutADefinitionIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(attr("other", ScalarAttributeType.S))
                            .keySchema(hash("id"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "One or more parameter values were invalid: Some index key"
                + " attributes are not defined in AttributeDefinitions");
  }

  @Test
  void definitionNotUsedByAnyKeyIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(
                                attr("id", ScalarAttributeType.S),
                                attr("extra", ScalarAttributeType.S))
                            .keySchema(hash("id"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Number of attributes in KeySchema does not exactly match number"
                + " of attributes defined in AttributeDefinitions");
  }

  @Test
  void localIndexOnATableWithoutARangeKeyIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(
                                attr("id", ScalarAttributeType.S), attr("l", ScalarAttributeType.S))
                            .keySchema(hash("id"))
                            .localSecondaryIndexes(
                                LocalSecondaryIndex.builder()
                                    .indexName("local")
                                    .keySchema(hash("id"), range("l"))
                                    .projection(
                                        Projection.builder()
                                            .projectionType(ProjectionType.ALL)
                                            .build())
                                    .build())))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Table KeySchema does not have a range key, which is required"
                + " when specifying a LocalSecondaryIndex");
  }

  @Test
  void payPerRequestWithProvisionedThroughputIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .provisionedThroughput(throughput(1, 1))
                            .attributeDefinitions(attr("id", ScalarAttributeType.S))
                            .keySchema(hash("id"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Neither ReadCapacityUnits nor WriteCapacityUnits can be"
                + " specified when BillingMode is PAY_PER_REQUEST");
  }

  @Test
  void provisionedTableWithoutThroughputIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .billingMode(BillingMode.PROVISIONED)
                            .attributeDefinitions(attr("id", ScalarAttributeType.S))
                            .keySchema(hash("id"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void sdkWaiterSeesTheNewTableExist() {
    String table = uniqueName("wait");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("id", ScalarAttributeType.S))
                .keySchema(hash("id")));

    WaiterResponse<DescribeTableResponse> waited =
        client.waiter().waitUntilTableExists(r -> r.tableName(table));

    assertThat(waited.matched().response())
        .hasValueSatisfying(r -> assertThat(r.table().tableStatus()).isEqualTo(TableStatus.ACTIVE));
  }

  @Test
  void provisionedTableWithAGlobalIndexWithoutThroughputIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .attributeDefinitions(
                                attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                            .keySchema(hash("id"))
                            .provisionedThroughput(throughput(1, 1))
                            .globalSecondaryIndexes(
                                GlobalSecondaryIndex.builder()
                                    .indexName("byG")
                                    .keySchema(hash("g"))
                                    .projection(
                                        Projection.builder()
                                            .projectionType(ProjectionType.ALL)
                                            .build())
                                    .build())))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void includeProjectionWithoutNonKeyAttributesIsRejected() {
    assertThatThrownBy(
            () ->
                client.createTable(
                    r ->
                        r.tableName(uniqueName("bad"))
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(
                                attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                            .keySchema(hash("id"))
                            .globalSecondaryIndexes(
                                GlobalSecondaryIndex.builder()
                                    .indexName("byG")
                                    .keySchema(hash("g"))
                                    .projection(
                                        Projection.builder()
                                            .projectionType(ProjectionType.INCLUDE)
                                            .build())
                                    .build())))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void itemWithAnIndexKeyOfTheWrongTypeIsRejected() {
    String table = uniqueName("gtype");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(hash("g"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));

    assertThatThrownBy(
            () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("1"), "g", n("5")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "One or more parameter values were invalid: Type mismatch for Index"
                + " Key g Expected: S Actual: N IndexName: byG");
  }

  @Test
  void deletionProtectedTableCannotBeDeleted() {
    String table = EngineFixture.createHashTable(client);
    client.updateTable(r -> r.tableName(table).deletionProtectionEnabled(true));

    assertThatThrownBy(() -> client.deleteTable(r -> r.tableName(table)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Resource cannot be deleted as it is currently protected against"
                + " deletion. Disable deletion protection first.");
    assertThat(describe(table).deletionProtectionEnabled()).isTrue();
    client.updateTable(r -> r.tableName(table).deletionProtectionEnabled(false));
    client.deleteTable(r -> r.tableName(table));
  }

  // ---- DescribeTable ----

  @Test
  void describeTableCountsItemsAndTheirSize() {
    String table = EngineFixture.createHashTable(client);
    // String sizes: UTF-8 bytes of names plus values.
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("a"), "v", s("xyz"))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("b"))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("c"), "v", s("é"))));

    TableDescription d = describe(table);

    assertThat(d.itemCount()).isEqualTo(3L);
    long expected = (2 + 1 + 1 + 3) + (2 + 1) + (2 + 1 + 1 + 2);
    assertThat(d.tableSizeBytes()).isEqualTo(expected);
  }

  @Test
  void itemCountFollowsOverwritesAndDeletes() {
    String table = EngineFixture.createHashTable(client);
    for (String id : List.of("a", "b", "c")) {
      client.putItem(r -> r.tableName(table).item(Map.of("id", s(id), "v", s("first"))));
    }
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("a"), "v", s("x"))));
    client.deleteItem(r -> r.tableName(table).key(Map.of("id", s("b"))));
    client.deleteItem(r -> r.tableName(table).key(Map.of("id", s("never"))));

    TableDescription d = describe(table);

    assertThat(d.itemCount()).isEqualTo(2L);
    // a: id+a+v+x = 2+1+1+1; c: id+c+v+first = 2+1+1+5
    assertThat(d.tableSizeBytes()).isEqualTo(5L + 9L);
  }

  @Test
  void describeTableCountsOnlyItemsThatHaveTheIndexKey() {
    String table = uniqueName("sparse");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(hash("g"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("1"), "g", s("x"))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("2"))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("3"), "g", s("y"))));

    TableDescription d = describe(table);

    assertThat(d.itemCount()).isEqualTo(3L);
    assertThat(d.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(2L);
    assertThat(d.globalSecondaryIndexes().get(0).indexSizeBytes()).isPositive();
  }

  @Test
  void describeTableReportsTableAndIndexArns() {
    String table = uniqueName("arn");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(hash("g"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));

    TableDescription d = describe(table);

    assertThat(d.tableArn()).matches("arn:aws:dynamodb:[a-z0-9-]+:\\d{12}:table/" + table);
    assertThat(d.tableId()).isNotBlank();
    assertThat(d.globalSecondaryIndexes().get(0).indexArn()).isEqualTo(d.tableArn() + "/index/byG");
  }

  @Test
  void describingAMissingTableIsResourceNotFound() {
    assertThatThrownBy(() -> client.describeTable(r -> r.tableName("no-such-table-here")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("Requested resource not found");
  }

  // ---- ListTables ----

  @Test
  void listTablesPagesThroughEveryTableInOrder() {
    String prefix = uniqueName("list");
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String name = prefix + "-" + i;
      client.createTable(
          r ->
              r.tableName(name)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(attr("id", ScalarAttributeType.S))
                  .keySchema(hash("id")));
      mine.add(name);
    }

    List<String> seen = new ArrayList<>();
    String start = null;
    int pages = 0;
    do {
      String from = start;
      ListTablesResponse page = client.listTables(r -> r.limit(2).exclusiveStartTableName(from));
      assertThat(page.tableNames()).hasSizeLessThanOrEqualTo(2);
      if (page.lastEvaluatedTableName() != null) {
        assertThat(page.tableNames()).hasSize(2);
        assertThat(page.lastEvaluatedTableName())
            .isEqualTo(page.tableNames().get(page.tableNames().size() - 1));
      }
      seen.addAll(page.tableNames());
      start = page.lastEvaluatedTableName();
      pages++;
    } while (start != null && pages < 1000);

    assertThat(seen).doesNotHaveDuplicates().isSorted().containsAll(mine);
  }

  @Test
  void listTablesStartsAfterTheExclusiveStartName() {
    String prefix = uniqueName("after");
    for (String suffix : List.of("a", "b", "c")) {
      client.createTable(
          r ->
              r.tableName(prefix + "-" + suffix)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(attr("id", ScalarAttributeType.S))
                  .keySchema(hash("id")));
    }

    List<String> names =
        client.listTables(r -> r.exclusiveStartTableName(prefix + "-a").limit(2)).tableNames();

    assertThat(names).containsExactly(prefix + "-b", prefix + "-c");
  }

  @Test
  void listTablesLimitAbove100IsRejected() {
    assertThatThrownBy(() -> client.listTables(r -> r.limit(101)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Member must have value less than or equal to 100");
  }

  // ---- DeleteTable ----

  @Test
  void deletedTableIsThenNotFound() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"))));

    TableDescription deleted = client.deleteTable(r -> r.tableName(table)).tableDescription();

    assertThat(deleted.tableName()).isEqualTo(table);
    client.waiter().waitUntilTableNotExists(r -> r.tableName(table));
    assertThatThrownBy(() -> client.describeTable(r -> r.tableName(table)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("Requested resource not found");
    assertThatThrownBy(() -> client.getItem(r -> r.tableName(table).key(Map.of("id", s("x")))))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(client.listTables().tableNames()).doesNotContain(table);
  }

  @Test
  void recreatedTableStartsEmpty() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"))));
    client.deleteTable(r -> r.tableName(table));
    client.waiter().waitUntilTableNotExists(r -> r.tableName(table));

    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("id", ScalarAttributeType.S))
                .keySchema(hash("id")));

    assertThat(client.getItem(r -> r.tableName(table).key(Map.of("id", s("x")))).hasItem())
        .isFalse();
    assertThat(describe(table).itemCount()).isZero();
  }

  @Test
  void deletingAMissingTableIsResourceNotFound() {
    assertThatThrownBy(() -> client.deleteTable(r -> r.tableName(uniqueName("gone"))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  // ---- UpdateTable ----

  @Test
  void updateTableSwitchesProvisionedToPayPerRequest() {
    String table = uniqueName("bill");
    client.createTable(
        r ->
            r.tableName(table)
                .attributeDefinitions(attr("id", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .provisionedThroughput(throughput(5, 5)));

    client.updateTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST));

    TableDescription d = describe(table);
    assertThat(d.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
  }

  @Test
  void updateTableSwitchesPayPerRequestToProvisioned() {
    String table = EngineFixture.createHashTable(client);

    client.updateTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(throughput(4, 2)));

    TableDescription d = describe(table);
    assertThat(d.provisionedThroughput().readCapacityUnits()).isEqualTo(4L);
    assertThat(d.provisionedThroughput().writeCapacityUnits()).isEqualTo(2L);
    assertThat(
            d.billingModeSummary() == null
                || d.billingModeSummary().billingMode() == BillingMode.PROVISIONED)
        .isTrue();
  }

  @Test
  void updateTableEnablesAStream() {
    String table = EngineFixture.createHashTable(client);

    TableDescription updated =
        client
            .updateTable(
                r ->
                    r.tableName(table)
                        .streamSpecification(
                            StreamSpecification.builder()
                                .streamEnabled(true)
                                .streamViewType(StreamViewType.KEYS_ONLY)
                                .build()))
            .tableDescription();

    assertThat(updated.streamSpecification().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
    TableDescription d = describe(table);
    assertThat(d.streamSpecification().streamEnabled()).isTrue();
    assertThat(d.latestStreamArn()).startsWith(d.tableArn() + "/stream/");
    assertThat(d.latestStreamLabel()).isNotBlank();
  }

  @Test
  void enablingAnAlreadyEnabledStreamIsRejected() {
    String table = EngineFixture.createHashTable(client);
    StreamSpecification spec =
        StreamSpecification.builder()
            .streamEnabled(true)
            .streamViewType(StreamViewType.NEW_IMAGE)
            .build();
    client.updateTable(r -> r.tableName(table).streamSpecification(spec));

    assertThatThrownBy(() -> client.updateTable(r -> r.tableName(table).streamSpecification(spec)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Table already has an enabled stream");
  }

  @Test
  void addedGlobalIndexIsBackfilledWithExistingItems() {
    String table = EngineFixture.createHashTable(client);
    for (int i = 0; i < 10; i++) {
      String id = "item" + i;
      Map<String, AttributeValue> item =
          i % 2 == 0
              ? Map.of("id", s(id), "color", s(i % 4 == 0 ? "red" : "blue"))
              : Map.of("id", s(id));
      client.putItem(r -> r.tableName(table).item(item));
    }

    client.updateTable(
        r ->
            r.tableName(table)
                .attributeDefinitions(attr("color", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(
                    u ->
                        u.create(
                            c ->
                                c.indexName("byColor")
                                    .keySchema(hash("color"))
                                    .projection(p -> p.projectionType(ProjectionType.ALL)))));
    awaitTrue(
        "index ACTIVE",
        () ->
            describe(table).globalSecondaryIndexes().stream()
                .anyMatch(
                    g ->
                        g.indexName().equals("byColor")
                            && g.indexStatus() == IndexStatus.ACTIVE
                            && !Boolean.TRUE.equals(g.backfilling())));

    QueryResponse red =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byColor")
                    .keyConditionExpression("color = :c")
                    .expressionAttributeValues(Map.of(":c", s("red"))));
    assertThat(red.items())
        .extracting(i -> i.get("id").s())
        .containsExactlyInAnyOrder("item0", "item4", "item8");
    QueryResponse blue =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byColor")
                    .keyConditionExpression("color = :c")
                    .expressionAttributeValues(Map.of(":c", s("blue"))));
    assertThat(blue.items())
        .extracting(i -> i.get("id").s())
        .containsExactlyInAnyOrder("item2", "item6");
    assertThat(describe(table).globalSecondaryIndexes().get(0).itemCount()).isEqualTo(5L);
  }

  @Test
  void addedGlobalIndexFollowsLaterWrites() {
    String table = EngineFixture.createHashTable(client);
    client.updateTable(
        r ->
            r.tableName(table)
                .attributeDefinitions(attr("g", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(
                    u ->
                        u.create(
                            c ->
                                c.indexName("byG")
                                    .keySchema(hash("g"))
                                    .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))));
    awaitTrue(
        "index ACTIVE",
        () ->
            describe(table).globalSecondaryIndexes().stream()
                .anyMatch(g -> g.indexStatus() == IndexStatus.ACTIVE));

    client.putItem(r -> r.tableName(table).item(Map.of("id", s("1"), "g", s("k"), "x", s("y"))));

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byG")
                    .keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", s("k"))));
    assertThat(q.items()).containsExactly(Map.of("id", s("1"), "g", s("k")));
  }

  @Test
  void deletedGlobalIndexIsGoneFromDescriptionAndQueries() {
    String table = uniqueName("dropidx");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(hash("g"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("1"), "g", s("k"))));

    client.updateTable(
        r ->
            r.tableName(table).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byG"))));
    awaitTrue(
        "index gone",
        () ->
            !describe(table).hasGlobalSecondaryIndexes()
                || describe(table).globalSecondaryIndexes().isEmpty());

    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(table)
                            .indexName("byG")
                            .keyConditionExpression("g = :g")
                            .expressionAttributeValues(Map.of(":g", s("k")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("The table does not have the specified index: byG");
    assertThat(client.getItem(r -> r.tableName(table).key(Map.of("id", s("1")))).item())
        .containsEntry("g", s("k"));
  }

  @Test
  void failedIndexUpdateLeavesExistingIndexesIntact() {
    String table = uniqueName("keepidx");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(hash("g"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("1"), "g", s("k"))));

    assertThatThrownBy(
            () ->
                client.updateTable(
                    r ->
                        r.tableName(table)
                            .globalSecondaryIndexUpdates(
                                u -> u.delete(d -> d.indexName("byG")),
                                u -> u.delete(d -> d.indexName("nope")))))
        .isInstanceOf(DynamoDbException.class);

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byG")
                    .keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", s("k"))));
    assertThat(q.items()).containsExactly(Map.of("id", s("1"), "g", s("k")));
    assertThat(describe(table).globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1L);
  }

  @Test
  void recreatedGlobalIndexHoldsOnlyItsOwnEntries() {
    String table = uniqueName("reidx");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("id", ScalarAttributeType.S), attr("g", ScalarAttributeType.S))
                .keySchema(hash("id"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("idx")
                        .keySchema(hash("g"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("1"), "g", s("same"))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("2"), "h", s("same"))));
    client.updateTable(
        r ->
            r.tableName(table).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("idx"))));
    awaitTrue(
        "index gone",
        () ->
            !describe(table).hasGlobalSecondaryIndexes()
                || describe(table).globalSecondaryIndexes().isEmpty());

    client.updateTable(
        r ->
            r.tableName(table)
                .attributeDefinitions(attr("h", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(
                    u ->
                        u.create(
                            c ->
                                c.indexName("idx")
                                    .keySchema(hash("h"))
                                    .projection(p -> p.projectionType(ProjectionType.ALL)))));
    awaitTrue(
        "index ACTIVE",
        () ->
            describe(table).globalSecondaryIndexes().stream()
                .anyMatch(g -> g.indexStatus() == IndexStatus.ACTIVE));

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("idx")
                    .keyConditionExpression("h = :v")
                    .expressionAttributeValues(Map.of(":v", s("same"))));
    assertThat(q.items()).containsExactly(Map.of("id", s("2"), "h", s("same")));
    assertThat(client.scan(r -> r.tableName(table).indexName("idx")).items())
        .containsExactly(Map.of("id", s("2"), "h", s("same")));
    assertThat(describe(table).globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1L);
  }

  @Test
  void deletingAMissingGlobalIndexIsResourceNotFound() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.updateTable(
                    r ->
                        r.tableName(table)
                            .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("nope")))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void updatingAMissingTableIsResourceNotFound() {
    assertThatThrownBy(
            () ->
                client.updateTable(
                    r -> r.tableName(uniqueName("gone")).billingMode(BillingMode.PAY_PER_REQUEST)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  // ---- Time to live ----

  @Test
  void timeToLiveIsDisabledUntilEnabled() {
    String table = EngineFixture.createHashTable(client);

    TimeToLiveDescription before =
        client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
    var enabled =
        client.updateTimeToLive(
            r ->
                r.tableName(table)
                    .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
    TimeToLiveDescription after =
        client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();

    assertThat(before.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
    assertThat(enabled.timeToLiveSpecification().enabled()).isTrue();
    assertThat(enabled.timeToLiveSpecification().attributeName()).isEqualTo("expires");
    assertThat(after.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
    assertThat(after.attributeName()).isEqualTo("expires");
  }

  @Test
  void enablingTimeToLiveTwiceIsRejected() {
    String table = EngineFixture.createHashTable(client);
    client.updateTimeToLive(
        r ->
            r.tableName(table)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));

    assertThatThrownBy(
            () ->
                client.updateTimeToLive(
                    r ->
                        r.tableName(table)
                            .timeToLiveSpecification(
                                t -> t.enabled(true).attributeName("expires"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("TimeToLive is already enabled");
  }

  @Test
  void expiredItemsDisappearAndOthersStay() {
    String table = EngineFixture.createHashTable(client);
    client.updateTimeToLive(
        r ->
            r.tableName(table)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
    long now = Instant.now().getEpochSecond();
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("id", s("old"), "expires", n(Long.toString(now - 3600)))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("id", s("future"), "expires", n(Long.toString(now + 3600)))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("id", s("text"), "expires", s(Long.toString(now - 3600)))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("none"))));
    long sixYearsAgo = now - 6L * 365 * 24 * 3600;
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("id", s("ancient"), "expires", n(Long.toString(sixYearsAgo)))));

    awaitTrue(
        "expired item removed",
        () ->
            !client
                .getItem(r -> r.tableName(table).key(Map.of("id", s("old"))).consistentRead(true))
                .hasItem());

    assertThat(client.scan(r -> r.tableName(table).consistentRead(true)).items())
        .extracting(i -> i.get("id").s())
        .containsExactlyInAnyOrder("future", "text", "none", "ancient");
  }

  // ---- Tags ----

  @Test
  void tagsAreAddedListedAndRemoved() {
    String table = EngineFixture.createHashTable(client);
    String arn = describe(table).tableArn();

    client.tagResource(
        r ->
            r.resourceArn(arn)
                .tags(
                    Tag.builder().key("env").value("test").build(),
                    Tag.builder().key("team").value("core").build()));
    List<Tag> tagged = client.listTagsOfResource(r -> r.resourceArn(arn)).tags();
    client.tagResource(
        r -> r.resourceArn(arn).tags(Tag.builder().key("env").value("prod").build()));
    client.untagResource(r -> r.resourceArn(arn).tagKeys("team"));
    List<Tag> after = client.listTagsOfResource(r -> r.resourceArn(arn)).tags();

    assertThat(tagged)
        .containsExactlyInAnyOrder(
            Tag.builder().key("env").value("test").build(),
            Tag.builder().key("team").value("core").build());
    assertThat(after).containsExactly(Tag.builder().key("env").value("prod").build());
  }

  @Test
  void tagsGivenAtCreationAreListed() {
    String table = uniqueName("tagged");
    client.createTable(
        CreateTableRequest.builder()
            .tableName(table)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .attributeDefinitions(attr("id", ScalarAttributeType.S))
            .keySchema(hash("id"))
            .tags(Tag.builder().key("k").value("v").build())
            .build());
    String arn = describe(table).tableArn();

    assertThat(client.listTagsOfResource(r -> r.resourceArn(arn)).tags())
        .containsExactly(Tag.builder().key("k").value("v").build());
  }

  @Test
  void taggingAMissingTableIsResourceNotFound() {
    String arn =
        describe(EngineFixture.createHashTable(client))
            .tableArn()
            .replaceAll("table/.*", "table/" + uniqueName("missing"));

    assertThatThrownBy(() -> client.listTagsOfResource(r -> r.resourceArn(arn)))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  // ---- Endpoints and limits ----

  @Test
  void describeEndpointsReturnsAnAddressAndCachePeriod() {
    var endpoints = client.describeEndpoints(r -> {}).endpoints();

    assertThat(endpoints).hasSize(1);
    assertThat(endpoints.get(0).address()).isNotBlank();
    assertThat(endpoints.get(0).cachePeriodInMinutes()).isEqualTo(1440L);
  }

  @Test
  void describeLimitsReturnsAccountAndTableCapacityLimits() {
    var limits = client.describeLimits(r -> {});

    assertThat(limits.accountMaxReadCapacityUnits()).isPositive();
    assertThat(limits.accountMaxWriteCapacityUnits()).isPositive();
    assertThat(limits.tableMaxReadCapacityUnits())
        .isPositive()
        .isLessThanOrEqualTo(limits.accountMaxReadCapacityUnits());
    assertThat(limits.tableMaxWriteCapacityUnits())
        .isPositive()
        .isLessThanOrEqualTo(limits.accountMaxWriteCapacityUnits());
  }

  @Test
  void anIndexUpdateWithNoActionOrAShortNameIsRefused() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () -> client.updateTable(r -> r.tableName(table).globalSecondaryIndexUpdates(u -> {})))
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "One or more parameter values were invalid: One of"
                            + " GlobalSecondaryIndexUpdate.Update,"
                            + " GlobalSecondaryIndexUpdate.Create,"
                            + " GlobalSecondaryIndexUpdate.Delete must not be null"));
    assertThatThrownBy(
            () ->
                client.updateTable(
                    r ->
                        r.tableName(table)
                            .attributeDefinitions(attr("x", ScalarAttributeType.S))
                            .globalSecondaryIndexUpdates(
                                u ->
                                    u.create(
                                        c ->
                                            c.indexName("g1")
                                                .keySchema(hash("x"))
                                                .projection(p -> p.projectionType("ALL"))))))
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "1 validation error detected: Value 'g1' at"
                            + " 'globalSecondaryIndexUpdates.1.member.create.indexName' failed to"
                            + " satisfy constraint: Member must have length greater than or"
                            + " equal to 3"));
    assertThat(describe(table).hasGlobalSecondaryIndexes()).isFalse();
  }

  @Test
  void encryptionWithAKmsKeyAndAnOnDemandCeilingAreDescribedUpdatedAndKeptOnDisk()
      throws Exception {
    Path dir = Files.createTempDirectory("settings");
    String table = EngineFixture.uniqueName("settings");
    try (StreamFixture.Engine engine =
        new StreamFixture.Engine(DynamoConfig.onDisk(dir), Clock.systemUTC())) {
      engine.client.createTable(
          r ->
              r.tableName(table)
                  .billingMode(BillingMode.PAY_PER_REQUEST)
                  .attributeDefinitions(attr("id", ScalarAttributeType.S))
                  .keySchema(hash("id"))
                  .sseSpecification(sse -> sse.enabled(true))
                  .onDemandThroughput(o -> o.maxReadRequestUnits(10L).maxWriteRequestUnits(5L)));
      engine.client.updateTable(
          r ->
              r.tableName(table)
                  .onDemandThroughput(o -> o.maxReadRequestUnits(20L).maxWriteRequestUnits(15L)));
    }
    try (StreamFixture.Engine engine =
        new StreamFixture.Engine(DynamoConfig.onDisk(dir), Clock.systemUTC())) {
      TableDescription d = engine.client.describeTable(r -> r.tableName(table)).table();

      assertThat(d.sseDescription().statusAsString()).isEqualTo("ENABLED");
      assertThat(d.sseDescription().sseTypeAsString()).isEqualTo("KMS");
      assertThat(d.sseDescription().kmsMasterKeyArn()).startsWith("arn:aws:kms:");
      assertThat(d.onDemandThroughput().maxReadRequestUnits()).isEqualTo(20L);
      assertThat(d.onDemandThroughput().maxWriteRequestUnits()).isEqualTo(15L);
    }
    String plain = EngineFixture.createHashTable(client);
    assertThat(describe(plain).sseDescription()).isNull();
    assertThat(describe(plain).onDemandThroughput()).isNull();
  }
}
