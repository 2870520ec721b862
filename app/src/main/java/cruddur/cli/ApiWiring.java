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
import cruddur.messages.MessagesTableStatus;
import cruddur.messages.MessagingService;
import cruddur.users.UserRepository;
import cruddur.web.ApiServer;
import cruddur.web.HealthCheck;
import cruddur.web.LiveUpdates;
import cruddur.web.LocalSignIn;
import cruddur.web.MessageRoutes;
import cruddur.web.Metrics;
import cruddur.web.PageRoutes;
import cruddur.web.SendLimit;
import cruddur.web.TokenAuthenticator;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The API's object graph, built in one place for {@code ./cruddur api} and {@code ./cruddur up}.
 */
final class ApiWiring {
  private ApiWiring() {}

  /** A started API, and the line that tells how to sign in. */
  record Running(ApiServer server, String signIn, LiveUpdates live) implements AutoCloseable {
    @Override
    public void close() {
      server.close();
    }
  }

  /**
   * Starts the API on {@code services}: DynamoDB (AWS when {@code prod}), PostgreSQL, and sign-in
   * by the configured Cognito pool or else the local issuer. {@code /api/events} is served only
   * when {@code liveUpdates}, i.e. when a stream processor in this process feeds {@link
   * Running#live()}; elsewhere the pages poll.
   */
  static Running start(
      Services services,
      String host,
      int port,
      boolean prod,
      SendLimit limit,
      boolean liveUpdates) {
    Environment env = services.environment();
    if (prod) {
      requireDeployed(env);
    }
    Metrics metrics = new Metrics();
    services.intercept(metrics.dynamoTimer());
    DynamoDbClient dynamo = services.dynamo(prod);
    if (services.users() instanceof HikariDataSource pool) {
      pool.setMetricRegistry(metrics.registry());
    }
    String table = services.tableName();
    UserRepository users = new UserRepository(services.users());
    List<Consumer<JavalinConfig>> routes = new ArrayList<>(List.of(metrics, new PageRoutes()));
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
      CognitoKeys pool = CognitoKeys.forPool(region, env.userPoolId().get());
      // A stand-in for Cognito (CRUDDUR_COGNITO_ENDPOINT) serves the pool's keys.
      CognitoKeys keys = env.cognitoEndpoint().map(pool::servedFrom).orElse(pool);
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
    MessagesTableStatus tableStatus =
        new MessagesTableStatus(dynamo, table, MessagesTableStatus.CHECK_EVERY);
    MessagingService service =
        new MessagingService(
            new ConversationRepository(dynamo, table, tableStatus),
            new MessageRepository(dynamo, table, tableStatus),
            users,
            Clock.systemUTC());
    TokenAuthenticator authenticator =
        new TokenAuthenticator(verifier, users, Duration.ofMinutes(1), metrics.registry());
    LiveUpdates live = new LiveUpdates(authenticator);
    routes.add(0, new MessageRoutes(service, authenticator, limit));
    routes.add(0, new HealthCheck(tableStatus));
    if (liveUpdates) {
      routes.add(live);
    }
    List<String> origins = new ArrayList<>();
    env.frontendUrl().ifPresent(origins::add);
    env.backendUrl().ifPresent(origins::add);
    return new Running(
        ApiServer.start(new ApiServer.Settings(host, port, origins), routes), signIn, live);
  }

  /**
   * A deployed API starts nothing of its own: PostgreSQL and Cognito are named by the environment,
   * and without a pool there is no sign-in at all (the local issuer would let anyone be anyone).
   */
  private static void requireDeployed(Environment env) {
    if (env.connectionUrl().isEmpty()) {
      throw new ConfigurationException(
          "--prod needs CONNECTION_URL, the deployment's PostgreSQL (e.g."
              + " postgresql://user:password@host:5432/cruddur); the embedded one runs only"
              + " locally");
    }
    if (env.userPoolId().isEmpty() || env.userPoolClientId().isEmpty()) {
      throw new ConfigurationException(
          "--prod needs AWS_COGNITO_USER_POOL_ID and AWS_COGNITO_USER_POOL_CLIENT_ID: the local"
              + " sign-in never runs in prod");
    }
  }
}
