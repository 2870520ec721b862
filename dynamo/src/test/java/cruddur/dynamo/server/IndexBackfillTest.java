package cruddur.dynamo.server;

import static cruddur.dynamo.server.BackfillFixture.assertExact;
import static cruddur.dynamo.server.BackfillFixture.awaitActive;
import static cruddur.dynamo.server.BackfillFixture.createIndex;
import static cruddur.dynamo.server.BackfillFixture.describe;
import static cruddur.dynamo.server.BackfillFixture.item;
import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import cruddur.dynamo.server.BackfillFixture.IndexState;
import cruddur.dynamo.storage.KeyBuilder;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.IndexBackfiller;
import cruddur.dynamo.table.KeyLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A GSI added by UpdateTable: CREATING and unreadable while it backfills in the background, kept
 * exact by the writes made meanwhile, ACTIVE only once complete; stopped by deleting it or its
 * table, resumed after a stop. Each test holds the backfill part way with a {@link BackfillGate}.
 */
// The SDK builders take Consumer varargs, which Java flags as generic array creation.
@SuppressWarnings("unchecked")
class IndexBackfillTest {
  /** More than two of the backfill's chunks (1,000 items each). */
  private static final int ITEMS = 2_500;

  @TempDir Path dataDir;

  @Test
  void aNewIndexIsCreatingAndBackfillingAndRefusesReadsUntilItsBackfillIsDone() throws Exception {
    BackfillGate gate = new BackfillGate(0);
    try (Engine engine = new Engine(DynamoConfig.inMemory(), gate)) {
      String table = engine.tableWithItems();

      IndexState answered = createIndex(engine.client, table, "byG");
      gate.awaitHeld();
      IndexState described = describe(engine.client, table, "byG");
      RawDynamo raw = new RawDynamo(engine.server.endpoint());
      String refused = "Cannot read from backfilling global secondary index: byG";
      RawDynamo.assertValidation(
          raw.call(
              "Query",
              "{'TableName': '"
                  + table
                  + "', 'IndexName': 'byG', 'KeyConditionExpression': 'g = :g',"
                  + " 'ExpressionAttributeValues': {':g': {'S': 'g1'}}}"),
          refused);
      RawDynamo.assertValidation(
          raw.call("Scan", "{'TableName': '" + table + "', 'IndexName': 'byG'}"), refused);
      gate.release();
      awaitActive(engine.client, table, "byG");

      assertThat(answered.status()).isEqualTo("CREATING");
      assertThat(answered.backfilling()).isTrue();
      assertThat(described.status()).isEqualTo("CREATING");
      assertThat(described.backfilling()).isTrue();
      assertExact(engine.client, table, "byG");
    }
  }

  @Test
  void writesAndExpiriesWhileAnIndexBackfillsAreInItExactlyOnceItIsActive() throws Exception {
    BackfillGate gate = new BackfillGate(1);
    try (Engine engine = new Engine(DynamoConfig.inMemory(), gate)) {
      String table = engine.tableWithItems();
      engine.client.updateTimeToLive(
          r ->
              r.tableName(table)
                  .timeToLiveSpecification(t -> t.enabled(true).attributeName("ttl")));
      createIndex(engine.client, table, "byG");
      gate.awaitHeld(); // the first chunk is indexed, the rest not yet

      writeAcrossTheTable(engine.client, table, 0);
      expireEvery(engine, table, 97);
      // And more while it runs, for as long as it does.
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<RuntimeException> failed = new AtomicReference<>();
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (int round = 1; !done.get() && round < 50; round++) {
                    writeAcrossTheTable(engine.client, table, round);
                  }
                } catch (RuntimeException e) {
                  failed.set(e);
                }
              });
      gate.release();
      writer.start();
      try {
        awaitActive(engine.client, table, "byG");
      } finally {
        done.set(true);
        writer.join();
      }

      assertThat(failed.get()).as("a write failed").isNull();
      assertExact(engine.client, table, "byG");
    }
  }

  @Test
  void aBackfillLeavesOutItemsWhoseIndexKeyIsEmptyOrOfAnotherType() throws Exception {
    try (Engine engine = new Engine(DynamoConfig.inMemory(), IndexBackfiller.Hook.NONE)) {
      String table = EngineFixture.createHashTable(engine.client);
      BackfillFixture.putAll(
          engine.server.endpoint(),
          table,
          List.of(
              Map.of("id", s("kept"), "g", s("x"), "r", b(1)),
              Map.of("id", s("empty string"), "g", s(""), "r", b(1)),
              Map.of("id", s("a number"), "g", n("1"), "r", b(1)),
              Map.of("id", s("empty binary"), "g", s("x"), "r", b()),
              Map.of("id", s("a string sort key"), "g", s("x"), "r", s("1")),
              Map.of("id", s("no sort key"), "g", s("x")),
              Map.of("id", s("no hash key"), "r", b(1))));

      engine.client.updateTable(
          r ->
              r.tableName(table)
                  .attributeDefinitions(
                      attribute("g", ScalarAttributeType.S), attribute("r", ScalarAttributeType.B))
                  .globalSecondaryIndexUpdates(
                      u ->
                          u.create(
                              c ->
                                  c.indexName("byGR")
                                      .keySchema(key("g", KeyType.HASH), key("r", KeyType.RANGE))
                                      .projection(
                                          p -> p.projectionType(ProjectionType.KEYS_ONLY)))));
      IndexState state = awaitActive(engine.client, table, "byGR");

      assertThat(BackfillFixture.scanAll(engine.client, table, "byGR"))
          .extracting(e -> e.get("id").s())
          .containsExactly("kept");
      assertThat(state.itemCount()).isEqualTo(1);
    }
  }

  @Test
  void deletingAnIndexWhileItBackfillsStopsTheBackfillAndLeavesNoEntries() throws Exception {
    BackfillGate gate = new BackfillGate(1);
    String table;
    try (Engine engine = new Engine(DynamoConfig.onDisk(dataDir), gate)) {
      table = engine.tableWithItems();
      createIndex(engine.client, table, "byG");
      gate.awaitHeld();
      engine.client.updateTable(
          r ->
              r.tableName(table)
                  .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byG"))));
      gate.release();
    }

    try (Store store = Store.open(dataDir, false)) {
      int id = new Catalog(store, new JsonFactory()).requireNamed(table).definition().id();
      assertThat(keysIn(store, KeyLayout.prefix(id, 1).build(), KeyLayout.prefix(id, 255).build()))
          .as("index entries")
          .isZero();
    }
  }

  @Test
  void deletingATableWhileAnIndexBackfillsStopsTheBackfillAndLeavesNothing() throws Exception {
    BackfillGate gate = new BackfillGate(1);
    try (Engine engine = new Engine(DynamoConfig.onDisk(dataDir), gate)) {
      String table = engine.tableWithItems();
      createIndex(engine.client, table, "byG");
      gate.awaitHeld();
      engine.client.deleteTable(r -> r.tableName(table));
      gate.release();
    }

    try (Store store = Store.open(dataDir, false)) {
      // Keys of table id 0 are the catalog's; every table's items and entries are above.
      byte[] tables = new KeyBuilder().u32(1).build();
      byte[] end = new KeyBuilder().u32(-1).u8(0xFF).build();
      assertThat(keysIn(store, tables, end)).as("items and index entries").isZero();
    }
  }

  @Test
  void anEngineStoppedWhileAnIndexBackfillsResumesItOnRestart() throws Exception {
    BackfillGate gate = new BackfillGate(1);
    String table;
    try (Engine engine = new Engine(DynamoConfig.onDisk(dataDir), gate)) {
      table = engine.tableWithItems();
      createIndex(engine.client, table, "byG");
      gate.awaitHeld();
    } // closing stops the held backfill

    try (Engine engine = new Engine(DynamoConfig.onDisk(dataDir), IndexBackfiller.Hook.NONE)) {
      awaitActive(engine.client, table, "byG");

      assertExact(engine.client, table, "byG");
    }
  }

  /**
   * Puts, updates that move or remove the index key, and deletes, one at a time, in a batch or in a
   * transaction, over the whole key range (so both behind and ahead of where the backfill is); a
   * new round changes other items and some of the same again.
   */
  private static void writeAcrossTheTable(DynamoDbClient client, String table, int round) {
    for (int i = round % 11; i < ITEMS; i += 11) {
      String id = id(i);
      switch (i % 7) {
        case 0 -> client.putItem(r -> r.tableName(table).item(item(id + "+", s("new" + round))));
        case 1 ->
            client.updateItem(
                r ->
                    r.tableName(table)
                        .key(Map.of("id", s(id)))
                        .updateExpression("SET g = :g")
                        .expressionAttributeValues(Map.of(":g", s("moved" + round))));
        case 2 ->
            client.updateItem(
                r -> r.tableName(table).key(Map.of("id", s(id))).updateExpression("REMOVE g"));
        case 3 -> client.deleteItem(r -> r.tableName(table).key(Map.of("id", s(id))));
        case 4 ->
            client.batchWriteItem(
                r ->
                    r.requestItems(
                        Map.of(
                            table,
                            List.of(
                                WriteRequest.builder()
                                    .deleteRequest(d -> d.key(Map.of("id", s(id))))
                                    .build(),
                                WriteRequest.builder()
                                    .putRequest(p -> p.item(item(id + "-", s("batch" + round))))
                                    .build()))));
        case 5 ->
            client.transactWriteItems(
                r ->
                    r.transactItems(
                        TransactWriteItem.builder()
                            .update(
                                u ->
                                    u.tableName(table)
                                        .key(Map.of("id", s(id)))
                                        .updateExpression("SET g = :g")
                                        .expressionAttributeValues(
                                            Map.of(":g", s("transacted" + round))))
                            .build()));
        default -> client.putItem(r -> r.tableName(table).item(item(id, s("put" + round))));
      }
    }
  }

  /** Gives every {@code step}th item a TTL in the past and has the TTL sweep delete them. */
  private static void expireEvery(Engine engine, String table, int step) {
    String past = Long.toString(Instant.now().minusSeconds(60).getEpochSecond());
    for (int i = 0; i < ITEMS; i += step) {
      String id = id(i);
      engine.client.updateItem(
          r ->
              r.tableName(table)
                  .key(Map.of("id", s(id)))
                  .updateExpression("SET #ttl = :t")
                  .expressionAttributeNames(Map.of("#ttl", "ttl"))
                  .expressionAttributeValues(Map.of(":t", n(past))));
    }
    engine.server.sweepNow();
    assertThat(engine.client.getItem(r -> r.tableName(table).key(Map.of("id", s(id(0))))).item())
        .as("an expired item")
        .isEmpty();
  }

  private static String id(int i) {
    return String.format("item-%05d", i);
  }

  private static long keysIn(Store store, byte[] from, byte[] to) {
    long count = 0;
    try (var cursor = store.scan(from, to, false)) {
      while (cursor.hasNext()) {
        cursor.next();
        count++;
      }
    }
    return count;
  }

  private static AttributeValue b(int... bytes) {
    byte[] value = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      value[i] = (byte) bytes[i];
    }
    return AttributeValue.fromB(SdkBytes.fromByteArray(value));
  }

  private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  /** An engine of the test's own with a backfill hook, and a table of items to index. */
  private static final class Engine implements AutoCloseable {
    final DynamoServer server;
    final DynamoDbClient client;

    Engine(DynamoConfig config, IndexBackfiller.Hook hook) {
      server = DynamoServer.start(config, Clock.systemUTC(), hook);
      client = EngineFixture.client(server.endpoint());
    }

    /** A table of {@link #ITEMS} items, some without the index attribute {@code g}. */
    String tableWithItems() throws Exception {
      String table = EngineFixture.createHashTable(client);
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        items.add(item(id(i), i % 10 == 0 ? null : s("g" + i % 20)));
      }
      BackfillFixture.putAll(server.endpoint(), table, items);
      return table;
    }

    @Override
    public void close() {
      client.close();
      server.close();
    }
  }
}
