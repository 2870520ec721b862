package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/** Writes racing on the same items: nothing lost, nothing counted twice. */
class ConcurrencyTest extends EngineTest {
  private static final int THREADS = 8;

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  private static Map<String, AttributeValue> id(String id) {
    return Map.of("id", s(id));
  }

  private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(task));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  private static long number(String table, String key, String attribute) {
    return Long.parseLong(
        client
            .getItem(r -> r.tableName(table).key(id(key)).consistentRead(true))
            .item()
            .get(attribute)
            .n());
  }

  @Test
  void concurrentConditionalIncrementsAreNeitherLostNorDoubled() throws Exception {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("counter"), "v", n("0"))));
    int perThread = 25;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(
          () -> {
            for (int i = 0; i < perThread; i++) {
              client.updateItem(
                  r ->
                      r.tableName(table)
                          .key(id("counter"))
                          .updateExpression("SET v = v + :one")
                          .conditionExpression("attribute_exists(v) AND v >= :zero")
                          .expressionAttributeValues(Map.of(":one", n("1"), ":zero", n("0"))));
            }
            return perThread;
          });
    }

    runAll(tasks);

    assertThat(number(table, "counter", "v")).isEqualTo((long) THREADS * perThread);
  }

  @Test
  void optimisticCompareAndSetIncrementsLoseNoUpdate() throws Exception {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("cas"), "v", n("0"))));
    int perThread = 10;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(
          () -> {
            int conflicts = 0;
            for (int done = 0; done < perThread; ) {
              String seen =
                  client
                      .getItem(r -> r.tableName(table).key(id("cas")).consistentRead(true))
                      .item()
                      .get("v")
                      .n();
              try {
                client.updateItem(
                    r ->
                        r.tableName(table)
                            .key(id("cas"))
                            .updateExpression("SET v = :next")
                            .conditionExpression("v = :seen")
                            .expressionAttributeValues(
                                Map.of(
                                    ":seen",
                                    n(seen),
                                    ":next",
                                    n(Long.toString(Long.parseLong(seen) + 1)))));
                done++;
              } catch (ConditionalCheckFailedException e) {
                conflicts++;
              }
            }
            return conflicts;
          });
    }

    runAll(tasks);

    assertThat(number(table, "cas", "v")).isEqualTo((long) THREADS * perThread);
  }

  @Test
  void concurrentTransfersPreserveTheTotal() throws Exception {
    String table = EngineFixture.createHashTable(client);
    long initial = 100;
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("a"), "v", n("" + initial))));
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("b"), "v", n("" + initial))));
    int perThread = 15;
    List<Callable<long[]>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(
          () -> {
            long[] outcome = new long[2]; // net moved from a to b, cancelled attempts
            for (int i = 0; i < perThread; i++) {
              boolean aToB = ThreadLocalRandom.current().nextBoolean();
              String from = aToB ? "a" : "b";
              String to = aToB ? "b" : "a";
              try {
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(table)
                                            .key(id(from))
                                            .updateExpression("SET v = v - :one")
                                            .conditionExpression("v >= :one")
                                            .expressionAttributeValues(Map.of(":one", n("1"))))
                                .build(),
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(table)
                                            .key(id(to))
                                            .updateExpression("SET v = v + :one")
                                            .expressionAttributeValues(Map.of(":one", n("1"))))
                                .build()));
                outcome[0] += aToB ? 1 : -1;
              } catch (TransactionCanceledException | TransactionConflictException e) {
                outcome[1]++;
              }
            }
            return outcome;
          });
    }

    List<long[]> outcomes = runAll(tasks);

    long net = outcomes.stream().mapToLong(o -> o[0]).sum();
    long a = number(table, "a", "v");
    long b = number(table, "b", "v");
    assertThat(a + b).isEqualTo(2 * initial);
    assertThat(a).isEqualTo(initial - net);
    assertThat(b).isEqualTo(initial + net);
    assertThat(a).isNotNegative();
    assertThat(b).isNotNegative();
  }

  @Test
  void concurrentTransfersAcrossTwoTablesPreserveTheTotal() throws Exception {
    String first = EngineFixture.createHashTable(client);
    String second = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(first).item(Map.of("id", s("acct"), "v", n("50"))));
    client.putItem(r -> r.tableName(second).item(Map.of("id", s("acct"), "v", n("50"))));
    int perThread = 25;
    List<Callable<Long>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      boolean forward = t % 2 == 0;
      tasks.add(
          () -> {
            long moved = 0;
            String from = forward ? first : second;
            String to = forward ? second : first;
            for (int i = 0; i < perThread; i++) {
              try {
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(from)
                                            .key(id("acct"))
                                            .updateExpression("SET v = v - :one")
                                            .conditionExpression("v >= :one")
                                            .expressionAttributeValues(Map.of(":one", n("1"))))
                                .build(),
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(to)
                                            .key(id("acct"))
                                            .updateExpression("SET v = v + :one")
                                            .expressionAttributeValues(Map.of(":one", n("1"))))
                                .build()));
                moved += forward ? 1 : -1;
              } catch (TransactionCanceledException | TransactionConflictException e) {
                // Either outcome is fine; only the balance matters.
              }
            }
            return moved;
          });
    }

    long net = runAll(tasks).stream().mapToLong(Long::longValue).sum();

    assertThat(number(first, "acct", "v")).isEqualTo(50 - net);
    assertThat(number(second, "acct", "v")).isEqualTo(50 + net);
  }
}
