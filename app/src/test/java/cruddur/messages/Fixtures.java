package cruddur.messages;

import cruddur.testing.TestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small factories the messages tests share: fresh tables, users, a table scan, a race. */
final class Fixtures {
  private Fixtures() {}

  /** A new, empty messages table on the test engine. */
  static String newTable() {
    String name = TestEngine.uniqueTableName("messages");
    new MessagesSchema(TestEngine.client(), name).createTable();
    return name;
  }

  static Participant user(String handle) {
    return new Participant(UUID.randomUUID(), "User " + handle, handle);
  }

  /** Every item of the table. */
  static List<Map<String, AttributeValue>> scan(String table) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    TestEngine.client().scanPaginator(s -> s.tableName(table)).items().forEach(items::add);
    return items;
  }

  /** How many items of the table have a partition key starting with {@code prefix}. */
  static long count(String table, String prefix) {
    return scan(table).stream().filter(i -> i.get("pk").s().startsWith(prefix)).count();
  }

  /**
   * Runs {@code n} tasks on {@code n} threads released together, and returns their results in task
   * order (rethrowing the first failure).
   */
  static <T> List<T> race(int n, IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<T> call =
            () -> {
              ready.countDown();
              go.await();
              return task.apply(index);
            };
        futures.add(pool.submit(call));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
