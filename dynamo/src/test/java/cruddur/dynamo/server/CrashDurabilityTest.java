package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Kills a child-process engine with SIGKILL mid-write and checks every acknowledged write. */
class CrashDurabilityTest {
  @TempDir Path dataDir;

  @Test
  void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    String table;
    EngineProcess first = EngineProcess.start(dataDir);
    try (DynamoDbClient client = EngineFixture.client(first.endpoint())) {
      table = EngineFixture.createHashTable(client);
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> writers =
          List.of(
              writer(client, table, "a", acknowledged, stop),
              writer(client, table, "b", acknowledged, stop));
      writers.forEach(Thread::start);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.size() < 500 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      first.kill(); // while writes are in flight
      stop.set(true);
      for (Thread t : writers) {
        t.join(Duration.ofSeconds(30).toMillis());
      }
    } finally {
      first.close();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(500);

    try (EngineProcess second = EngineProcess.start(dataDir);
        DynamoDbClient client = EngineFixture.client(second.endpoint())) {
      for (String id : acknowledged) {
        var item =
            client
                .getItem(r -> r.tableName(table).key(Map.of("id", s(id))).consistentRead(true))
                .item();
        assertThat(item).as("acknowledged item %s", id).containsEntry("id", s(id));
      }
    }
  }

  private static Thread writer(
      DynamoDbClient client,
      String table,
      String prefix,
      Set<String> acknowledged,
      AtomicBoolean stop) {
    return new Thread(
        () -> {
          for (int i = 0; !stop.get(); i++) {
            String id = prefix + i;
            try {
              client.putItem(
                  r -> r.tableName(table).item(Map.of("id", s(id), "v", s("x".repeat(100)))));
              acknowledged.add(id);
            } catch (RuntimeException e) {
              return; // the engine died: this write was never acknowledged
            }
          }
        });
  }
}
