package cruddur.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cruddur.auth.AccessTokenVerifier;
import cruddur.auth.LocalIssuer;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagesSchema;
import cruddur.messages.MessagesTableStatus;
import cruddur.messages.MessagingService;
import cruddur.stream.ConversationUpdater;
import cruddur.stream.MessageStreamHandler;
import cruddur.stream.ReadPoints;
import cruddur.stream.StreamPoller;
import cruddur.testing.TestEngine;
import cruddur.users.Migrations;
import cruddur.users.SeedUsers;
import cruddur.users.TestPostgres;
import cruddur.users.User;
import cruddur.users.UserRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The API in-process on a free port, with everything real behind it: the test engine over HTTP, a
 * fresh PostgreSQL database with the seed users, the local issuer signing tokens and the verifier
 * checking them. Tests call it over HTTP with {@link java.net.http.HttpClient}.
 */
final class ApiFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** What one request answered. */
  record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  final String table = TestEngine.uniqueTableName("api");
  final Metrics metrics = new Metrics();
  final DataSource dataSource = TestPostgres.newDataSource();
  final UserRepository users = new UserRepository(dataSource);
  final DynamoDbClient dynamo =
      TestEngine.clientFor(TestEngine.endpoint())
          .overrideConfiguration(c -> c.addExecutionInterceptor(metrics.dynamoTimer()))
          .build();
  final MessagesTableStatus tableStatus =
      new MessagesTableStatus(dynamo, table, MessagesTableStatus.CHECK_EVERY);
  final ConversationRepository conversations =
      new ConversationRepository(dynamo, table, tableStatus);
  final MessageRepository messages = new MessageRepository(dynamo, table, tableStatus);
  final LocalIssuer issuer;
  final LiveUpdates live;
  final ApiServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private StreamPoller processor;

  ApiFixture(SendLimit sendLimit) {
    this(sendLimit, ApiFixture::localVerifier);
  }

  private static AccessTokenVerifier localVerifier(LocalIssuer issuer) {
    return new AccessTokenVerifier(
        issuer.issuer(),
        issuer.clientId(),
        issuer.keys(),
        Clock.systemUTC(),
        Duration.ofSeconds(60));
  }

  /** With another verifier than the local issuer's (say, one whose JWKS server is down). */
  ApiFixture(SendLimit sendLimit, Function<LocalIssuer, AccessTokenVerifier> verifierOf) {
    this(sendLimit, verifierOf, true);
  }

  /**
   * With or without the local sign-in routes (without, the pages behave as with a Cognito pool; the
   * tokens are still the local issuer's).
   */
  ApiFixture(
      SendLimit sendLimit,
      Function<LocalIssuer, AccessTokenVerifier> verifierOf,
      boolean localSignIn) {
    this(sendLimit, verifierOf, localSignIn, ApiServer.Limits.DEFAULT);
  }

  /** With other limits on clients (say, short timeouts). */
  ApiFixture(ApiServer.Limits limits) {
    this(SendLimit.DEFAULT, ApiFixture::localVerifier, true, limits);
  }

  private ApiFixture(
      SendLimit sendLimit,
      Function<LocalIssuer, AccessTokenVerifier> verifierOf,
      boolean localSignIn,
      ApiServer.Limits limits) {
    new MessagesSchema(TestEngine.client(), table).createTable();
    Migrations.apply(dataSource);
    SeedUsers.seed(users);
    try {
      issuer =
          LocalIssuer.open(
              Files.createTempDirectory("cruddur-issuer"), "http://127.0.0.1", Clock.systemUTC());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    AccessTokenVerifier verifier = verifierOf.apply(issuer);
    TokenAuthenticator authenticator =
        new TokenAuthenticator(verifier, users, Duration.ofMinutes(1), metrics.registry());
    live = new LiveUpdates(authenticator);
    MessagingService service =
        new MessagingService(conversations, messages, users, Clock.systemUTC());
    server =
        ApiServer.start(
            new ApiServer.Settings("127.0.0.1", 0, List.of("http://localhost:3000"), limits),
            localSignIn
                ? List.of(
                    metrics,
                    new HealthCheck(tableStatus),
                    new MessageRoutes(service, authenticator, sendLimit),
                    live,
                    new LocalSignIn(issuer, users),
                    new PageRoutes())
                : List.of(
                    metrics,
                    new HealthCheck(tableStatus),
                    new MessageRoutes(service, authenticator, sendLimit),
                    live,
                    new PageRoutes()));
  }

  ApiFixture() {
    this(SendLimit.DEFAULT);
  }

  /**
   * Starts a stream processor on the fixture's table, feeding its live updates, as {@code ./cruddur
   * up} runs one; stopped with the fixture.
   */
  void startStreamProcessor() {
    try {
      processor =
          new StreamPoller(
              TestEngine.streams(),
              table,
              new MessageStreamHandler(
                  new ConversationUpdater(conversations, messages, live::changed),
                  new ReadPoints(conversations, live::read)),
              Files.createTempDirectory("api-stream").resolve(StreamPoller.POSITIONS_FILE),
              new StreamPoller.Options(100, Duration.ofMillis(10), Duration.ofMillis(100), 3));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    processor.start();
  }

  User user(String handle) {
    return users.findByHandle(handle).orElseThrow();
  }

  /** A token for a seeded user, through the local sign-in route. */
  String signIn(String handle) {
    Answer a = post("/api/local/sign-in", null, "{\"handle\":\"" + handle + "\"}");
    if (a.status() != 200) {
      throw new AssertionError("sign-in of " + handle + " answered " + a.status() + " " + a.body());
    }
    return a.json().get("access_token").asText();
  }

  Answer get(String path, String token) {
    return send(request(path, token).GET().build());
  }

  /** Signs in as {@code from}, starts a conversation with {@code to}; returns its group uuid. */
  String startConversation(String from, String to, String text) {
    return post("/api/messages", signIn(from), json(Map.of("message", text, "handle", to)))
        .json()
        .get("message_group_uuid")
        .asText();
  }

  Answer post(String path, String token, String body) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  static String json(Map<String, Object> body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (processor != null) {
      processor.close();
    }
    server.close();
    dynamo.close();
  }
}
