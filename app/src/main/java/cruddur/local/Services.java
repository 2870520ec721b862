package cruddur.local;

import cruddur.config.ConfigurationException;
import cruddur.config.Environment;
import cruddur.dynamo.server.DynamoConfig;
import cruddur.dynamo.server.DynamoServer;
import cruddur.users.Database;
import cruddur.users.LocalPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Where the scripts find DynamoDB, PostgreSQL and Cognito, and the one place their clients are
 * built. Locally, with nothing configured, a running engine on 127.0.0.1:8000 (from {@code
 * ./cruddur up}) is used if there is one, and otherwise the engine is started embedded on the data
 * directory for as long as the command runs; PostgreSQL likewise. Everything started here stops on
 * {@link #close()}.
 */
public final class Services implements AutoCloseable {
  /** Where {@code ./cruddur up} and {@code ./cruddur dynamo} listen by default. */
  public static final URI LOCAL_ENGINE = URI.create("http://127.0.0.1:8000");

  private static final Region LOCAL_REGION = Region.US_EAST_1;

  private final Environment env;
  private final Deque<AutoCloseable> opened = new ArrayDeque<>();
  private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
  private URI localEndpoint;
  private Optional<RunningUp> runningUp;
  private DynamoDbClient localDynamo;
  private DynamoDbStreamsClient localStreams;
  private DynamoDbClient awsDynamo;
  private DataSource users;
  private CognitoIdentityProviderClient cognito;

  public Services(Environment env) {
    this.env = env;
  }

  public Environment environment() {
    return env;
  }

  public String tableName() {
    return env.tableName();
  }

  /** Has every DynamoDB client built from now on call {@code interceptor} (e.g. to time calls). */
  public synchronized void intercept(ExecutionInterceptor interceptor) {
    interceptors.add(interceptor);
  }

  /**
   * DynamoDB: when {@code prod}, AWS's as the SDK finds it (region and credentials from the
   * environment's usual chain, {@code AWS_ENDPOINT_URL} if set, as on AWS); otherwise the
   * configured or local endpoint.
   */
  public synchronized DynamoDbClient dynamo(boolean prod) {
    if (prod) {
      if (awsDynamo == null) {
        var builder =
            DynamoDbClient.builder()
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(c -> interceptors.forEach(c::addExecutionInterceptor));
        env.region().map(Region::of).ifPresent(builder::region);
        env.endpoint().ifPresent(builder::endpointOverride);
        awsDynamo =
            remember(
                builder.credentialsProvider(DefaultCredentialsProvider.builder().build()).build());
      }
      return awsDynamo;
    }
    if (localDynamo == null) {
      localDynamo =
          remember(
              DynamoDbClient.builder()
                  .endpointOverride(localEndpoint())
                  .region(env.region().map(Region::of).orElse(LOCAL_REGION))
                  .credentialsProvider(localCredentials())
                  .httpClientBuilder(Apache5HttpClient.builder())
                  .overrideConfiguration(c -> interceptors.forEach(c::addExecutionInterceptor))
                  .build());
    }
    return localDynamo;
  }

  /** The Streams API of the same endpoint as {@code dynamo(false)}. */
  public synchronized DynamoDbStreamsClient streams() {
    if (localStreams == null) {
      localStreams =
          remember(
              DynamoDbStreamsClient.builder()
                  .endpointOverride(localEndpoint())
                  .region(env.region().map(Region::of).orElse(LOCAL_REGION))
                  .credentialsProvider(localCredentials())
                  .httpClientBuilder(Apache5HttpClient.builder())
                  .build());
    }
    return localStreams;
  }

  /** {@code AWS_ENDPOINT_URL}, or the local engine (started here if none answers). */
  public synchronized URI localEndpoint() {
    if (localEndpoint == null) {
      localEndpoint = env.endpoint().orElseGet(this::localEngine);
    }
    return localEndpoint;
  }

  /** PostgreSQL: {@code CONNECTION_URL}, or the embedded server on the data directory. */
  public synchronized DataSource users() {
    if (users == null) {
      Database database;
      if (env.connectionUrl().isPresent()) {
        database = Database.connect(env.connectionUrl().get());
      } else {
        // A running ./cruddur up's PostgreSQL, wherever its data is; else the one on our own.
        Path dir = runningUp().map(RunningUp::dataDir).orElse(env.dataDir()).resolve("postgres");
        LocalPostgres postgres = remember(LocalPostgres.start(dir, 0));
        database = Database.connect(postgres.jdbcUrl("cruddur"));
      }
      remember(database);
      users = database.dataSource();
    }
    return users;
  }

  /** The Cognito user pool's client; fails with what to set when no pool is configured. */
  public synchronized CognitoIdentityProviderClient cognito() {
    if (cognito == null) {
      userPoolId();
      var builder =
          CognitoIdentityProviderClient.builder().httpClientBuilder(Apache5HttpClient.builder());
      env.region().map(Region::of).ifPresent(builder::region);
      env.cognitoEndpoint()
          .ifPresent(
              endpoint ->
                  builder
                      .endpointOverride(endpoint)
                      .region(env.region().map(Region::of).orElse(LOCAL_REGION))
                      .credentialsProvider(localCredentials()));
      cognito = remember(builder.build());
    }
    return cognito;
  }

  public String userPoolId() {
    return env.userPoolId()
        .orElseThrow(
            () ->
                new ConfigurationException(
                    "no Cognito user pool configured: set AWS_COGNITO_USER_POOL_ID (and"
                        + " AWS_DEFAULT_REGION and AWS credentials)"));
  }

  public Optional<String> configuredUserPool() {
    return env.userPoolId();
  }

  private URI localEngine() {
    Optional<RunningUp> up = runningUp();
    if (up.isPresent()) {
      return up.get().engine();
    }
    if (answers(LOCAL_ENGINE)) {
      return LOCAL_ENGINE;
    }
    Path dir = env.dataDir().resolve("dynamo");
    try {
      DynamoServer server = DynamoServer.start(DynamoConfig.onDisk(dir));
      remember(server::close);
      return server.endpoint();
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          "could not start the local engine on "
              + dir
              + " ("
              + rootMessage(e)
              + "); if another engine uses that directory, set AWS_ENDPOINT_URL to its address");
    }
  }

  /** The {@code ./cruddur up} recorded in the data directory, if its engine still answers. */
  private Optional<RunningUp> runningUp() {
    if (runningUp == null) {
      runningUp = RunningUp.recordedIn(env.dataDir()).filter(up -> answers(up.engine()));
    }
    return runningUp;
  }

  private static boolean answers(URI endpoint) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private AwsCredentialsProvider localCredentials() {
    // The engine accepts any credentials; real ones from the environment are used when present so
    // that an AWS_ENDPOINT_URL pointing at a real service still signs correctly.
    if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
      return DefaultCredentialsProvider.builder().build();
    }
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
  }

  private <T extends AutoCloseable> T remember(T resource) {
    opened.push(resource);
    return resource;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  @Override
  public synchronized void close() {
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        // Closing is best effort: one failure must not keep the rest open.
      }
    }
  }
}
