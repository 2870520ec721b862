package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What the backfill tests share, on a table made by {@link EngineFixture#createHashTable} (string
 * hash key {@code id}) and KEYS_ONLY indexes on a string attribute {@code g}.
 */
// The SDK builders take Consumer varargs, which Java flags as generic array creation.
@SuppressWarnings("unchecked")
final class BackfillFixture {
  private BackfillFixture() {}

  /** What a GSI reports of itself in one DescribeTable. */
  record IndexState(String status, Boolean backfilling, long itemCount, long sizeBytes) {
    static IndexState of(GlobalSecondaryIndexDescription d) {
      return new IndexState(
          d.indexStatusAsString(), d.backfilling(), d.itemCount(), d.indexSizeBytes());
    }

    boolean active() {
      return status.equals("ACTIVE");
    }
  }

  /** Puts the items with BatchWriteItem, 25 at a time, over a few connections at once. */
  static void putAll(URI endpoint, String table, List<Map<String, AttributeValue>> items)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (DynamoDbClient client = EngineFixture.client(endpoint)) {
      List<Future<?>> batches = new ArrayList<>();
      for (int i = 0; i < items.size(); i += 25) {
        List<WriteRequest> writes =
            items.subList(i, Math.min(i + 25, items.size())).stream()
                .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build())
                .toList();
        batches.add(
            pool.submit(() -> client.batchWriteItem(r -> r.requestItems(Map.of(table, writes)))));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Adds a KEYS_ONLY GSI with hash key {@code g} (S); returns what UpdateTable said of it. */
  static IndexState createIndex(DynamoDbClient client, String table, String index) {
    var response =
        client.updateTable(
            r ->
                r.tableName(table)
                    .attributeDefinitions(
                        AttributeDefinition.builder()
                            .attributeName("g")
                            .attributeType(ScalarAttributeType.S)
                            .build())
                    .globalSecondaryIndexUpdates(
                        u ->
                            u.create(
                                c ->
                                    c.indexName(index)
                                        .keySchema(k -> k.attributeName("g").keyType(KeyType.HASH))
                                        .projection(
                                            p -> p.projectionType(ProjectionType.KEYS_ONLY)))));
    return response.tableDescription().globalSecondaryIndexes().stream()
        .filter(g -> g.indexName().equals(index))
        .map(IndexState::of)
        .findFirst()
        .orElseThrow();
  }

  static IndexState describe(DynamoDbClient client, String table, String index) {
    return client.describeTable(r -> r.tableName(table)).table().globalSecondaryIndexes().stream()
        .filter(g -> g.indexName().equals(index))
        .map(IndexState::of)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no index " + index));
  }

  /**
   * Polls DescribeTable until the index is ACTIVE, checking that each time it was not it said
   * CREATING and Backfilling, and that ACTIVE never says Backfilling.
   */
  static IndexState awaitActive(DynamoDbClient client, String table, String index)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      IndexState state = describe(client, table, index);
      if (state.active()) {
        assertThat(state.backfilling()).as("an ACTIVE index's Backfilling").isNotEqualTo(true);
        return state;
      }
      assertThat(state.status()).as("a backfilling index's status").isEqualTo("CREATING");
      assertThat(state.backfilling()).as("a CREATING index's Backfilling").isTrue();
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("index " + index + " still not ACTIVE: " + state);
      }
      Thread.sleep(50);
    }
  }

  /** Every item of the table, or every entry of one of its indexes, through all Scan pages. */
  static List<Map<String, AttributeValue>> scanAll(
      DynamoDbClient client, String table, String index) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      ScanRequest.Builder request = ScanRequest.builder().tableName(table).exclusiveStartKey(start);
      if (index != null) {
        request.indexName(index);
      }
      ScanResponse page = client.scan(request.build());
      items.addAll(page.items());
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return items;
  }

  /**
   * The entries an index on {@code g} must hold for these items, id to g: those whose {@code g} is
   * a string, and not empty.
   */
  static Map<String, String> expectedEntries(List<Map<String, AttributeValue>> items) {
    Map<String, String> expected = new HashMap<>();
    for (Map<String, AttributeValue> item : items) {
      AttributeValue g = item.get("g");
      if (g != null && g.s() != null && !g.s().isEmpty()) {
        expected.put(item.get("id").s(), g.s());
      }
    }
    return expected;
  }

  /** An index's entries, id to g. */
  static Map<String, String> entries(DynamoDbClient client, String table, String index) {
    Map<String, String> entries = new HashMap<>();
    for (Map<String, AttributeValue> e : scanAll(client, table, index)) {
      assertThat(entries.put(e.get("id").s(), e.get("g").s())).as("a second entry").isNull();
    }
    return entries;
  }

  /** The entries of {@code these} that {@code those} does not have (or has another value for). */
  private static Map<String, String> notIn(Map<String, String> these, Map<String, String> those) {
    Map<String, String> missing = new TreeMap<>(these);
    missing.entrySet().removeIf(e -> e.getValue().equals(those.get(e.getKey())));
    return missing;
  }

  /** What a KEYS_ONLY index on {@code g} of these entries reports as IndexSizeBytes. */
  static long sizeOf(Map<String, String> entries) {
    long bytes = 0;
    for (Map.Entry<String, String> e : entries.entrySet()) {
      bytes += "id".length() + utf8(e.getKey()) + "g".length() + utf8(e.getValue());
    }
    return bytes;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * Asserts the index is ACTIVE and holds exactly what the table's items project, with counters to
   * match.
   */
  static void assertExact(DynamoDbClient client, String table, String index) {
    assertExact(client, table, index, scanAll(client, table, null));
  }

  /** As {@link #assertExact(DynamoDbClient, String, String)}, given the table's items. */
  static void assertExact(
      DynamoDbClient client, String table, String index, List<Map<String, AttributeValue>> base) {
    Map<String, String> expected = expectedEntries(base);
    IndexState state = describe(client, table, index);
    assertThat(state.active()).as("%s is ACTIVE", index).isTrue();
    Map<String, String> actual = entries(client, table, index);
    assertThat(notIn(expected, actual)).as("entries %s lacks", index).isEmpty();
    assertThat(notIn(actual, expected)).as("entries %s should not have", index).isEmpty();
    assertThat(state.itemCount()).as("ItemCount of %s", index).isEqualTo(expected.size());
    assertThat(state.sizeBytes()).as("IndexSizeBytes of %s", index).isEqualTo(sizeOf(expected));
  }

  /** An item {@code id} with index attribute {@code g}. */
  static Map<String, AttributeValue> item(String id, AttributeValue g) {
    return g == null ? Map.of("id", s(id)) : Map.of("id", s(id), "g", g);
  }
}
