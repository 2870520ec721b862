package cruddur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cruddur.messages.MessagesSchema;
import cruddur.testing.ChildJvm;
import cruddur.testing.FreePort;
import cruddur.testing.TestEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./cruddur up} as a process of its own, as a newcomer runs it: everything embedded in a
 * fresh data directory, nothing configured.
 */
class UpCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final int apiPort = FreePort.find();
  private final int enginePort = FreePort.find();

  @Test
  void upServesTheSeededSystemKeepsConversationsLiveAndSurvivesStopsAndAKill() throws Exception {
    Process first = up();
    List<String> firstOutput = readUntilUp(first);
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(uri("/messages")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> enginePreflight =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + enginePort + "/"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String bayko = signIn("bayko");
    String andrew = signIn("andrewbrown");
    JsonNode groups = get("/api/message_groups", bayko);
    String group = groups.get(0).get("uuid").asText();
    post(
        "/api/messages", andrew, "{\"message\":\"live\",\"message_group_uuid\":\"" + group + "\"}");
    JsonNode updated = awaitLastMessage(bayko, "live");
    first.destroy(); // SIGTERM, as Ctrl-C
    boolean exited = first.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);

    Process second = up();
    List<String> secondOutput = readUntilUp(second);
    second.destroyForcibly().waitFor(); // kill -9: PostgreSQL is left running, an orphan
    Process third = up();
    readUntilUp(third);
    JsonNode afterKill;
    try {
      afterKill = get("/api/message_groups", signIn("bayko"));
    } finally {
      third.destroy();
      third.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    assertThat(firstOutput).anyMatch(l -> l.contains("created table cruddur-messages"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("<title>Cruddur Messages</title>", "/assets/main.js");
    assertThat(enginePreflight.headers().firstValue("Access-Control-Allow-Origin"))
        .as("up grants web pages no access to the engine")
        .isEmpty();
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).get("handle").asText()).isEqualTo("andrewbrown");
    assertThat(updated.get(0).get("unread").asInt()).isEqualTo(1);
    assertThat(exited).as("stopped on SIGTERM").isTrue();
    assertThat(secondOutput).noneMatch(l -> l.contains("created table") || l.contains("seeded"));
    assertThat(afterKill.get(0).get("message").asText()).isEqualTo("live");
  }

  @Test
  void upAnswers503NamingTheFixWhileItsTableIsDroppedAndRecoversWhenItIsBack() throws Exception {
    Process process = up();
    readUntilUp(process);
    String token = signIn("bayko");
    HttpResponse<String> missing;
    HttpResponse<String> unhealthy;
    HttpResponse<String> recovered;
    HttpResponse<String> healthy;
    try (DynamoDbClient engine =
        TestEngine.clientFor(URI.create("http://127.0.0.1:" + enginePort)).build()) {
      engine.deleteTable(t -> t.tableName(MessagesSchema.DEFAULT_TABLE_NAME));
      missing = raw(HttpRequest.newBuilder(uri("/api/message_groups")), token);
      unhealthy = awaitHealth(503);
      new MessagesSchema(engine, MessagesSchema.DEFAULT_TABLE_NAME).createTable();
      healthy = awaitHealth(200);
      recovered = raw(HttpRequest.newBuilder(uri("/api/message_groups")), token);
    } finally {
      process.destroy();
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    assertThat(missing.statusCode()).isEqualTo(503);
    assertThat(JSON.readTree(missing.body()).get("message").asText())
        .contains(MessagesSchema.DEFAULT_TABLE_NAME, "./cruddur ddb schema-load");
    assertThat(unhealthy.body()).contains(MessagesSchema.DEFAULT_TABLE_NAME);
    assertThat(healthy.statusCode()).isEqualTo(200);
    assertThat(recovered.statusCode()).isEqualTo(200);
  }

  /** The health check's answer once it has the status wanted, or at a generous deadline. */
  private HttpResponse<String> awaitHealth(int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpResponse<String> health = raw(HttpRequest.newBuilder(uri("/api/health-check")), null);
    while (health.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(100);
      health = raw(HttpRequest.newBuilder(uri("/api/health-check")), null);
    }
    return health;
  }

  private HttpResponse<String> raw(HttpRequest.Builder request, String token) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private Process up() throws Exception {
    ProcessBuilder builder =
        ChildJvm.cruddur(
            "up",
            "--data-dir",
            dataDir.toString(),
            "--port",
            Integer.toString(apiPort),
            "--engine-port",
            Integer.toString(enginePort));
    builder.redirectErrorStream(true);
    return builder.start();
  }

  private static List<String> readUntilUp(Process process) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = out.readLine()) != null) {
      lines.add(line);
      if (line.contains("Ctrl-C stops")) {
        // Keep draining in the background, so the process never blocks on a full pipe.
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return lines;
      }
    }
    throw new AssertionError("up exited before it was ready: " + lines);
  }

  private String signIn(String handle) throws Exception {
    return post("/api/local/sign-in", null, "{\"handle\":\"" + handle + "\"}")
        .get("access_token")
        .asText();
  }

  private JsonNode awaitLastMessage(String token, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode groups = get("/api/message_groups", token);
    while (!groups.get(0).get("message").asText().equals(text) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      groups = get("/api/message_groups", token);
    }
    assertThat(groups.get(0).get("message").asText()).isEqualTo(text);
    return groups;
  }

  private JsonNode get(String path, String token) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  private JsonNode post(String path, String token, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b);
  }

  private JsonNode send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + apiPort + path);
  }
}
