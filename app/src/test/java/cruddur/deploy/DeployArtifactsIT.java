package cruddur.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cruddur.cli.Main;
import cruddur.config.Environment;
import cruddur.dynamo.server.DynamoConfig;
import cruddur.dynamo.server.DynamoServer;
import cruddur.testing.FakeCognito;
import cruddur.testing.FakeCognito.PoolUser;
import cruddur.testing.FreePort;
import cruddur.testing.LambdaRuntime;
import cruddur.testing.TestEngine;
import cruddur.users.TestPostgres;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The deployable pieces as built, run as AWS would run them, against this machine's stand-ins for
 * AWS: the table created from the template, the API started by the Dockerfile's own ENTRYPOINT with
 * a production environment (PostgreSQL by URL, a Cognito pool, DynamoDB by the SDK's chain), its
 * HEALTHCHECK asked, and the table's stream fed to the packaged Lambda jar in a process of its own,
 * configured by the template's variables. What each calls on DynamoDB is recorded and held against
 * the template's policies.
 */
class DeployArtifactsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String LAMBDA_JAR = System.getProperty("lambda.jar");
  private static final Path APP_JAR = Path.of(LAMBDA_JAR.replace("-lambda.jar", ".jar"));

  private static Template template;
  private static Dockerfile dockerfile;
  private static DynamoServer engine;
  private static DynamoDbClient dynamo;

  @BeforeAll
  static void start() throws IOException {
    template = Template.load();
    dockerfile = Dockerfile.load();
    // An engine of its own: the stack's table has the template's default name.
    engine = DynamoServer.start(DynamoConfig.inMemory());
    dynamo = TestEngine.clientFor(engine.endpoint()).build();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
    engine.close();
  }

  @Test
  void theTemplatesHandlerIsInTheJarItUploadsAndCallsOnlyWhatItsRoleGrants() throws Exception {
    Map<String, Object> function = template.properties("StreamProcessorFunction");
    Path codeUri = Template.FILE.getParent().resolve((String) function.get("CodeUri")).normalize();
    assertThat(codeUri).isEqualTo(Path.of(LAMBDA_JAR).toAbsolutePath().normalize()).exists();
    String[] handler = ((String) function.get("Handler")).split("::");
    try (URLClassLoader jarAlone =
        new URLClassLoader(
            new URL[] {codeUri.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> type = jarAlone.loadClass(handler[0]);
      assertThat(
              type.getMethod(
                  handler[1],
                  jarAlone.loadClass("com.amazonaws.services.lambda.runtime.events.DynamodbEvent"),
                  jarAlone.loadClass("com.amazonaws.services.lambda.runtime.Context")))
          .isNotNull();
    }
    Set<String> granted = Statement.tableActions(Statement.of(template, "StreamProcessorRole"));
    assertThat(DynamoCalls.reachableFrom(codeUri.toString(), handler[0])).isEqualTo(granted);
  }

  @Test
  void theImageRunsTheApiAsANonRootUserWithAHealthCheckAndOnlyCopiesWhatTheBuildMakes()
      throws IOException {
    assertThat(dockerfile.only("FROM")).startsWith("eclipse-temurin:17-jre");
    String user = dockerfile.only("USER");
    assertThat(user.split(":")[0]).isNotIn("0", "root");
    for (String copy : dockerfile.all("COPY")) {
      String source = copy.split("\\s+")[0];
      assertThat(Template.repositoryRoot().resolve(source)).as("COPY " + copy).exists();
      assertThat(dockerignoreAllows(source)).as(".dockerignore lets " + source + " in").isTrue();
    }
    List<String> entrypoint = dockerfile.entrypoint();
    assertThat(entrypoint).contains("api", "--prod");
    assertThat(entrypoint.get(entrypoint.indexOf("--port") + 1))
        .isEqualTo(dockerfile.only("EXPOSE"));
    assertThat(dockerfile.healthCheck()).contains("health-check");
    assertThat(dockerfile.all("ENV")).isEmpty(); // configured by the environment alone
  }

  @Test
  void theApiAsTheImageRunsItAndTheLambdaAsPackagedWorkTogetherOnATemplateMadeTable()
      throws Exception {
    String table = template.parameterDefault("TableName");
    TemplateTable.create(dynamo, template, "MessagesTable", table);
    Path workDir = Files.createTempDirectory("cruddur-prod");
    try (FakeCognito cognito =
            new FakeCognito(
                List.of(
                    PoolUser.withHandle("andrewbrown"),
                    PoolUser.withHandle("bayko"),
                    PoolUser.withHandle("londo")));
        RecordingProxy apiSide = new RecordingProxy(engine.endpoint());
        RecordingProxy lambdaSide = new RecordingProxy(engine.endpoint())) {
      Map<String, String> env = new HashMap<>();
      env.put("CONNECTION_URL", TestPostgres.newDatabaseUrl());
      env.put("AWS_DEFAULT_REGION", FakeCognito.REGION);
      env.put("AWS_COGNITO_USER_POOL_ID", FakeCognito.POOL);
      env.put("AWS_COGNITO_USER_POOL_CLIENT_ID", FakeCognito.CLIENT_ID);
      env.put("CRUDDUR_COGNITO_ENDPOINT", cognito.endpoint().toString());
      env.put("FRONTEND_URL", "https://cruddur.example");
      env.put("BACKEND_URL", "https://api.cruddur.example");
      // The operator's steps of docs/AWS.md: the users schema, its users, their Cognito ids.
      cli(env, "db", "schema-load");
      cli(env, "db", "seed");
      cli(env, "db", "update-cognito-user-ids");

      int port = FreePort.find();
      Map<String, String> container = new HashMap<>(env);
      container.put("AWS_ENDPOINT_URL", apiSide.endpoint().toString()); // "AWS", recorded
      container.putAll(awsCredentials());
      Process api = start(image(dockerfile.entrypoint(), port), container, workDir, "api");
      try {
        awaitHealthy(api, port);
        String andrew = cognito.accessToken("andrewbrown");
        String bayko = cognito.accessToken("bayko");

        JsonNode started =
            call(
                "POST", port, "/api/messages", andrew, "{\"handle\":\"bayko\",\"message\":\"hi\"}");
        String group = started.get("message_group_uuid").asText();
        call(
            "POST",
            port,
            "/api/messages",
            andrew,
            "{\"message_group_uuid\":\"" + group + "\",\"message\":\"from the container\"}");
        assertThat(call("GET", port, "/api/messages/" + group, bayko, null))
            .extracting(m -> m.get("message").asText())
            .containsExactly("hi", "from the container");
        assertThat(
                call("GET", port, "/api/message_groups", bayko, null)
                    .get(0)
                    .get("message")
                    .asText())
            .isEqualTo("hi");
        assertThat(status("POST", port, "/api/local/sign-in", "{\"handle\":\"bayko\"}"))
            .isEqualTo(404);
        assertThat(status("GET", port, "/api/message_groups", null)).isEqualTo(401);
        // No stream processor runs in the API's process here: the pages poll instead.
        assertThat(status("GET", port, "/api/events?access_token=" + bayko, null)).isEqualTo(404);

        String answer = runLambda(streamEvent(table), lambdaSide.endpoint(), table);

        assertThat(JSON.readTree(answer).get("batchItemFailures")).isEmpty();
        assertThat(
                call("GET", port, "/api/message_groups", bayko, null)
                    .get(0)
                    .get("message")
                    .asText())
            .isEqualTo("from the container");
        assertThat(
                call("GET", port, "/api/message_groups", andrew, null)
                    .get(0)
                    .get("handle")
                    .asText())
            .isEqualTo("bayko");
      } finally {
        api.destroy();
        assertThat(api.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }

      assertThat(apiSide.actions())
          .contains("dynamodb:Query", "dynamodb:PutItem")
          .isSubsetOf(Statement.tableActions(Statement.of(template, "ApiAccessPolicy")));
      assertThat(lambdaSide.actions())
          .contains("dynamodb:Query")
          .isSubsetOf(Statement.tableActions(Statement.of(template, "StreamProcessorRole")));
      assertThat(apiSide.tables()).containsExactly(table);
      assertThat(lambdaSide.tables()).containsExactly(table);
      try (var files = Files.list(workDir)) {
        assertThat(files).as("nothing embedded started in the working directory").isEmpty();
      }
    }
  }

  /** The image's command with this build's jar for /app/cruddur.jar and another port. */
  private static List<String> image(List<String> command, int port) {
    List<String> out = new ArrayList<>();
    for (String word : command) {
      out.add(word.equals("/app/cruddur.jar") ? APP_JAR.toString() : word);
    }
    assertThat(out).as("the image runs the app jar").contains(APP_JAR.toString());
    out.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    int flag = out.indexOf("--port");
    if (flag >= 0) {
      out.set(flag + 1, String.valueOf(port));
    }
    int url = out.indexOf("--url");
    if (url >= 0) {
      out.set(url + 1, out.get(url + 1).replace(":4567/", ":" + port + "/"));
    }
    return out;
  }

  private static void awaitHealthy(Process api, int port) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    List<String> check = image(dockerfile.healthCheck(), port);
    while (true) {
      assertThat(api.isAlive()).as("the API is running (see target/deploy-it-api.log)").isTrue();
      Process probe = new ProcessBuilder(check).redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      if (probe.waitFor() == 0) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the image's HEALTHCHECK never passed");
      }
      Thread.sleep(250);
    }
  }

  /** Every record of the table's stream so far, as Lambda delivers them to the function. */
  private String streamEvent(String table) throws Exception {
    try (DynamoDbStreamsClient streams = TestEngine.streamsFor(engine.endpoint())) {
      String arn = dynamo.describeTable(d -> d.tableName(table)).table().latestStreamArn();
      ObjectNode event = JSON.createObjectNode();
      ArrayNode records = event.putArray("Records");
      for (var shard : streams.describeStream(d -> d.streamArn(arn)).streamDescription().shards()) {
        String iterator =
            streams
                .getShardIterator(
                    g ->
                        g.streamArn(arn)
                            .shardId(shard.shardId())
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                .shardIterator();
        // The records as the Streams API sends them on the wire are what Lambda forwards, with
        // the stream's ARN added.
        JsonNode page = streamsCall("GetRecords", "{\"ShardIterator\":\"" + iterator + "\"}");
        for (JsonNode record : page.get("Records")) {
          ((ObjectNode) record).put("eventSourceARN", arn);
          records.add(record);
        }
      }
      assertThat(records).hasSizeGreaterThanOrEqualTo(3);
      return event.toString();
    }
  }

  private JsonNode streamsCall(String operation, String body) throws Exception {
    String now =
        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC)
            .format(Instant.now());
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(engine.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDBStreams_20120810." + operation)
                // The engine, like DynamoDB, wants a signature's shape; it does not check it.
                .header("X-Amz-Date", now)
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=test/"
                        + now.substring(0, 8)
                        + "/us-east-1/dynamodb/aws4_request,"
                        + " SignedHeaders=host;x-amz-date;x-amz-target, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /**
   * The function as Lambda runs it: a JVM holding only its jar and the runtime's serialization,
   * configured by the template's variables and Lambda's own (region, credentials).
   */
  private String runLambda(String event, URI endpoint, String table) throws Exception {
    Map<String, Object> function = template.properties("StreamProcessorFunction");
    Map<String, String> env = new HashMap<>(awsCredentials());
    Template.map(Template.map(function.get("Environment")).get("Variables"))
        .forEach((name, value) -> env.put(name, resolve(value, table)));
    env.put("AWS_REGION", FakeCognito.REGION);
    env.put("AWS_DEFAULT_REGION", FakeCognito.REGION);
    env.put("AWS_LAMBDA_FUNCTION_NAME", "cruddur-stream-processor");
    String classPath =
        String.join(
            File.pathSeparator,
            LAMBDA_JAR,
            location(LambdaEventSerializers.class),
            location(LambdaRuntime.class));
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Daws.endpointUrl=" + endpoint, // where "AWS" is: the recording proxy
            "-cp",
            classPath,
            LambdaRuntime.class.getName(),
            (String) function.get("Handler"));
    Process lambda = start(command, env, Files.createTempDirectory("cruddur-lambda"), "lambda");
    lambda.getOutputStream().write(event.getBytes(StandardCharsets.UTF_8));
    lambda.getOutputStream().close();
    if (!lambda.waitFor(60, TimeUnit.SECONDS)) {
      lambda.destroyForcibly();
      throw new AssertionError("the function did not answer in 60 s: " + log("lambda"));
    }
    String log = Files.readString(log("lambda"));
    assertThat(lambda.exitValue()).as(log).isZero();
    return log.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
  }

  private static String resolve(Object value, String table) {
    if (value instanceof String text) {
      return text;
    }
    if (Map.of("Ref", "MessagesTable").equals(value)) {
      return table; // a table's Ref is its name
    }
    throw new AssertionError("a variable the test cannot resolve: " + value);
  }

  private static Process start(List<String> command, Map<String, String> env, Path dir, String name)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            k -> k.startsWith("AWS_") || k.startsWith("CRUDDUR_") || Environment.NAMES.contains(k));
    builder.environment().putAll(env);
    builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    builder.redirectErrorStream(true).redirectOutput(log(name).toFile());
    return builder.start();
  }

  private static Path log(String name) {
    return APP_JAR.getParent().resolve("deploy-it-" + name + ".log");
  }

  private static Map<String, String> awsCredentials() {
    return Map.of("AWS_ACCESS_KEY_ID", "AKIDDEPLOYTEST", "AWS_SECRET_ACCESS_KEY", "deploy-test");
  }

  private static void cli(Map<String, String> env, String... args) {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            Environment.of(env),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
  }

  private static JsonNode call(String method, int port, String path, String token, String body)
      throws Exception {
    HttpResponse<String> response = send(method, port, path, token, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static int status(String method, int port, String path, String body) throws Exception {
    return send(method, port, path, null, body).statusCode();
  }

  private static HttpResponse<String> send(
      String method, int port, String path, String token, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean dockerignoreAllows(String source) throws IOException {
    boolean allowed = true;
    String path = source.replaceAll("/$", "");
    for (String line : Files.readAllLines(Template.repositoryRoot().resolve(".dockerignore"))) {
      String pattern = line.strip();
      if (pattern.isEmpty() || pattern.startsWith("#")) {
        continue;
      }
      boolean negated = pattern.startsWith("!");
      String glob = negated ? pattern.substring(1) : pattern;
      if (glob.equals("*") || path.equals(glob) || path.startsWith(glob + "/")) {
        allowed = negated;
      }
    }
    return allowed;
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
