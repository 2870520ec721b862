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
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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

    assertThat(firstOutput.get(0)).startsWith("Starting Cruddur Messages");
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

  @Test
  void upWithAPortOutOfRangeStopsAtOnceWithOneLineAndStartsNothing() throws Exception {
    List<String> output = runToExit(up("--port", "99999"));

    assertThat(output).hasSize(2); // the line, and the exit code
    assertThat(output.get(0)).contains("--port must be a port from 1 to 65535", "99999");
    assertThat(output.get(1)).isNotEqualTo("exit 0");
    assertThat(Files.list(dataDir)).as("nothing started, nothing written").isEmpty();
  }

  @Test
  void upOnATakenPortStopsBeforeStartingAnythingWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<String> output = runToExit(up("--engine-port", Integer.toString(taken.getLocalPort())));

      assertThat(output).hasSize(2);
      assertThat(output.get(0))
          .contains("--engine-port " + taken.getLocalPort(), "something is listening there");
      assertThat(output.get(1)).isNotEqualTo("exit 0");
      assertThat(Files.list(dataDir)).as("nothing started, nothing written").isEmpty();
    }
  }

  @Test
  void scriptsFindARunningUpWhateverItsEnginePortAndDataDirectory(@TempDir Path projectData)
      throws Exception {
    ProcessBuilder upBuilder =
        ChildJvm.cruddur(
            "up",
            "--data-dir",
            dataDir.toString(),
            "--port",
            Integer.toString(apiPort),
            "--engine-port",
            Integer.toString(enginePort));
    upBuilder.environment().put("CRUDDUR_DATA_DIR", projectData.toString());
    upBuilder.redirectErrorStream(true);
    Process process = upBuilder.start();
    List<String> tables;
    List<String> conversations;
    try {
      readUntilUp(process);
      tables = script(projectData, "ddb", "list-tables");
      conversations = script(projectData, "ddb", "patterns", "list-conversations");
    } finally {
      process.destroy();
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    assertThat(tables).contains("  cruddur-messages", "exit 0");
    assertThat(conversations).anyMatch(l -> l.contains("bayko")).contains("exit 0");
    assertThat(projectData.resolve("dynamo")).as("no second engine").doesNotExist();
    assertThat(projectData.resolve("postgres")).as("no second PostgreSQL").doesNotExist();
    assertThat(projectData.resolve("up.properties")).as("removed when up stops").doesNotExist();
  }

  private static List<String> script(Path projectData, String... args) throws Exception {
    ProcessBuilder builder = ChildJvm.cruddur(args);
    builder.environment().put("CRUDDUR_DATA_DIR", projectData.toString());
    builder.redirectErrorStream(true);
    return runToExit(builder.start());
  }

  /** Everything the process printed, line by line, then "exit N". */
  private static List<String> runToExit(Process process) throws Exception {
    process.getOutputStream().close();
    List<String> lines =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
            .lines()
            .toList();
    if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("up did not exit: " + lines);
    }
    List<String> all = new ArrayList<>(lines);
    all.add("exit " + process.exitValue());
    return all;
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

  private Process up(String... overrides) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("--data-dir", dataDir.toString());
    options.put("--port", Integer.toString(apiPort));
    options.put("--engine-port", Integer.toString(enginePort));
    for (int i = 0; i + 1 < overrides.length; i += 2) {
      options.put(overrides[i], overrides[i + 1]);
    }
    List<String> args = new ArrayList<>(List.of("up"));
    options.forEach(
        (option, value) -> {
          args.add(option);
          args.add(value);
        });
    ProcessBuilder builder = ChildJvm.cruddur(args.toArray(String[]::new));
    builder.redirectErrorStream(true);
    return builder.start();
  }

  /**
   * The process's output up to its ready line; the list goes on filling in the background with what
   * it prints later (so the process never blocks on a full pipe).
   */
  private static List<String> readUntilUp(Process process) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new CopyOnWriteArrayList<>();
    String line;
    while ((line = out.readLine()) != null) {
      lines.add(line);
      if (line.contains("Ctrl-C stops")) {
        Thread drain = new Thread(() -> out.lines().forEach(lines::add));
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
