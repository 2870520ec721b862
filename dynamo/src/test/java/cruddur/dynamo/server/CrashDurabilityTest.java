package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Kills a child-process engine with SIGKILL mid-write and checks every acknowledged write. */
class CrashDurabilityTest {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @TempDir Path dataDir;

  @Test
  void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    String table;
    Process first = startEngine();
    try (DynamoDbClient client = EngineFixture.client(endpointOf(first))) {
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
      first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL while writes are in flight
      stop.set(true);
      for (Thread t : writers) {
        t.join(Duration.ofSeconds(30).toMillis());
      }
    } finally {
      first.destroyForcibly();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(500);

    Process second = startEngine();
    try (DynamoDbClient client = EngineFixture.client(endpointOf(second))) {
      for (String id : acknowledged) {
        var item =
            client
                .getItem(r -> r.tableName(table).key(Map.of("id", s(id))).consistentRead(true))
                .item();
        assertThat(item).as("acknowledged item %s", id).containsEntry("id", s(id));
      }
    } finally {
      second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
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

  private Process startEngine() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            DynamoMain.class.getName(),
            "--port",
            "0",
            "--data-dir",
            dataDir.toString());
    pb.redirectErrorStream(true);
    return pb.start();
  }

  private static URI endpointOf(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // keep the pipe from filling
                    }
                  } catch (IOException ignored) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return URI.create(m.group(1));
      }
    }
    throw new IllegalStateException("the engine exited before listening");
  }
}
