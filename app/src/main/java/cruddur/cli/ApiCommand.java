package cruddur.cli;

import com.zaxxer.hikari.HikariDataSource;
import cruddur.auth.AccessTokenVerifier;
import cruddur.auth.CognitoKeys;
import cruddur.auth.LocalIssuer;
import cruddur.config.ConfigurationException;
import cruddur.config.Environment;
import cruddur.local.Services;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagingService;
import cruddur.users.UserRepository;
import cruddur.web.ApiServer;
import cruddur.web.LocalSignIn;
import cruddur.web.MessageRoutes;
import cruddur.web.Metrics;
import cruddur.web.SendLimit;
import cruddur.web.TokenAuthenticator;
import io.javalin.config.JavalinConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code ./cruddur api}: the HTTP API in the foreground until Ctrl-C. */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the HTTP API (SPEC §4) until Ctrl-C.",
      "Sign-in: with AWS_COGNITO_USER_POOL_ID (and AWS_COGNITO_USER_POOL_CLIENT_ID,"
          + " AWS_DEFAULT_REGION) it accepts the pool's access tokens; without, the app is its own"
          + " issuer: POST /api/local/sign-in {\"handle\": \"andrewbrown\"} gives a token for a"
          + " seeded user. CORS allows FRONTEND_URL and BACKEND_URL."
    })
final class ApiCommand implements Runnable {
  private final Services services;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "4567",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--prod", description = "Use DynamoDB on AWS instead of the local endpoint.")
  boolean prod;

  @Option(
      names = "--send-burst",
      defaultValue = "20",
      description = "Messages a user may send at once (default: ${DEFAULT-VALUE}).")
  int sendBurst;

  @Option(
      names = "--send-rate",
      defaultValue = "5",
      description =
          "Messages per second a user may send after a burst (default: ${DEFAULT-VALUE}).")
  double sendRate;

  ApiCommand(Services services) {
    this.services = services;
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Environment env = services.environment();
    Metrics metrics = new Metrics();
    services.intercept(metrics.dynamoTimer());
    DynamoDbClient dynamo = services.dynamo(prod);
    if (services.users() instanceof HikariDataSource pool) {
      pool.setMetricRegistry(metrics.registry());
    }
    String table = services.tableName();
    UserRepository users = new UserRepository(services.users());
    List<Consumer<JavalinConfig>> routes = new ArrayList<>(List.of(metrics));
    AccessTokenVerifier verifier;
    String signIn;
    if (env.userPoolId().isPresent()) {
      String region =
          env.region()
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "AWS_COGNITO_USER_POOL_ID needs AWS_DEFAULT_REGION"));
      String clientId =
          env.userPoolClientId()
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "AWS_COGNITO_USER_POOL_ID needs AWS_COGNITO_USER_POOL_CLIENT_ID"));
      CognitoKeys keys = CognitoKeys.forPool(region, env.userPoolId().get());
      verifier =
          new AccessTokenVerifier(
              keys.issuer(), clientId, keys, Clock.systemUTC(), AccessTokenVerifier.DEFAULT_SKEW);
      signIn =
          "Cognito pool "
              + env.userPoolId().get()
              + ": send its access tokens; the local sign-in is off.";
    } else {
      LocalIssuer issuer =
          LocalIssuer.open(
              env.dataDir().resolve("auth"), "http://" + host + ":" + port, Clock.systemUTC());
      verifier =
          new AccessTokenVerifier(
              issuer.issuer(),
              issuer.clientId(),
              issuer.keys(),
              Clock.systemUTC(),
              AccessTokenVerifier.DEFAULT_SKEW);
      routes.add(new LocalSignIn(issuer, users));
      signIn =
          "No Cognito pool configured: the local issuer signs tokens at POST /api/local/sign-in"
              + " {\"handle\": \"andrewbrown\"}.";
    }
    MessagingService service =
        new MessagingService(
            new ConversationRepository(dynamo, table),
            new MessageRepository(dynamo, table),
            users,
            Clock.systemUTC());
    routes.add(
        0,
        new MessageRoutes(
            service,
            new TokenAuthenticator(verifier, users, Duration.ofMinutes(1), metrics.registry()),
            new SendLimit(sendBurst, sendRate, System::nanoTime)));
    List<String> origins = new ArrayList<>();
    env.frontendUrl().ifPresent(origins::add);
    env.backendUrl().ifPresent(origins::add);
    CountDownLatch stopped = new CountDownLatch(1);
    try (ApiServer server = ApiServer.start(new ApiServer.Settings(host, port, origins), routes)) {
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      out.printf(
          "Cruddur Messages API on http://%s:%d (table %s). Ctrl-C stops.%n",
          host, server.port(), table);
      out.println(signIn);
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
