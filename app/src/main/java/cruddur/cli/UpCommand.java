package cruddur.cli;

import cruddur.config.ConfigurationException;
import cruddur.config.Environment;
import cruddur.dynamo.server.DynamoConfig;
import cruddur.dynamo.server.DynamoServer;
import cruddur.local.Services;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagesSchema;
import cruddur.messages.Participant;
import cruddur.seed.ConversationSeed;
import cruddur.seed.Dialogue;
import cruddur.stream.MessageStreamHandler;
import cruddur.stream.StreamPoller;
import cruddur.users.Migrations;
import cruddur.users.SeedUsers;
import cruddur.users.User;
import cruddur.users.UserRepository;
import cruddur.web.LiveUpdates;
import cruddur.web.SendLimit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code ./cruddur up}: the whole system in one process until Ctrl-C: the engine (unless
 * AWS_ENDPOINT_URL names another DynamoDB), PostgreSQL (unless CONNECTION_URL), both schemas and
 * the seed data when absent, the stream processor and the API.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Start Cruddur Messages on this machine, in one process, until Ctrl-C: the DynamoDB-compatible"
          + " engine on 127.0.0.1:8000, PostgreSQL, the users and messages schemas and the seed"
          + " data (only when absent: a second start keeps everything), the stream processor that"
          + " keeps conversations current, and the HTTP API on 127.0.0.1:4567.",
      "Any part can be a real service instead, by environment: AWS_ENDPOINT_URL (a DynamoDB"
          + " endpoint), CONNECTION_URL (PostgreSQL), AWS_COGNITO_USER_POOL_ID with"
          + " AWS_COGNITO_USER_POOL_CLIENT_ID and AWS_DEFAULT_REGION (sign-in by Cognito instead of"
          + " the local issuer), DDB_MESSAGE_TABLE, FRONTEND_URL and BACKEND_URL (CORS)."
    })
final class UpCommand implements Runnable {
  private final Environment environment;
  @Spec CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where the engine, PostgreSQL and the app keep their data (default: ./data).")
  Path dataDir;

  @Option(
      names = "--port",
      defaultValue = "4567",
      description = "The API's port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--engine-port",
      defaultValue = "8000",
      description = "The engine's port, where the scripts find it (default: ${DEFAULT-VALUE}).")
  int enginePort;

  UpCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Environment env = dataDir == null ? environment : environment.withDataDir(dataDir);
    Optional<DynamoServer> engine = Optional.empty();
    if (env.endpoint().isEmpty()) {
      engine = Optional.of(startEngine(env.dataDir().resolve("dynamo")));
      env = env.withEndpoint(engine.get().endpoint());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Optional<DynamoServer> ownEngine = engine;
    try (Services services = new Services(env)) {
      prepare(services, out);
      try (ApiWiring.Running api =
              ApiWiring.start(services, "127.0.0.1", port, false, SendLimit.DEFAULT, true);
          StreamPoller processor = streamProcessor(services, env, api.live())) {
        processor.start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      // One hook, in order: hooks run at the same time as each other.
                      api.close();
                      processor.close();
                      services.close();
                      ownEngine.ifPresent(DynamoServer::close);
                    }));
        out.printf("Cruddur Messages is up: http://127.0.0.1:%d%n", api.server().port());
        out.printf(
            "  DynamoDB %s (table %s), data in %s%n",
            services.localEndpoint(), services.tableName(), env.dataDir().toAbsolutePath());
        out.println("  " + api.signIn());
        out.println("  Ctrl-C stops.");
        stopped.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      engine.ifPresent(DynamoServer::close);
    }
  }

  private DynamoServer startEngine(Path dir) {
    try {
      return DynamoServer.start(DynamoConfig.onDisk(dir).withPort(enginePort));
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          "could not start the engine on port "
              + enginePort
              + " with data in "
              + dir
              + " ("
              + e.getMessage()
              + "); is another ./cruddur up or ./cruddur dynamo running? Stop it, or use"
              + " --engine-port and --data-dir");
    }
  }

  /** Both schemas and the seed data, each only if absent. */
  private static void prepare(Services services, PrintWriter out) {
    Migrations.apply(services.users());
    UserRepository users = new UserRepository(services.users());
    int seededUsers = SeedUsers.seed(users);
    DynamoDbClient dynamo = services.dynamo(false);
    String table = services.tableName();
    boolean created = new MessagesSchema(dynamo, table).createTable();
    if (seededUsers > 0) {
      out.printf("  seeded %d users%n", seededUsers);
    }
    if (created) {
      User andrew = users.findByHandle("andrewbrown").orElseThrow();
      User bayko = users.findByHandle("bayko").orElseThrow();
      new ConversationSeed(
              new ConversationRepository(dynamo, table),
              new MessageRepository(dynamo, table),
              Clock.systemUTC())
          .seed(Participant.of(andrew), Participant.of(bayko), Dialogue.lines());
      out.printf("  created table %s with the sample conversation%n", table);
    }
  }

  private static StreamPoller streamProcessor(
      Services services, Environment env, LiveUpdates live) {
    String table = services.tableName();
    return new StreamPoller(
        services.streams(),
        table,
        MessageStreamHandler.forTable(services.dynamo(false), table, live::changed, live::read),
        env.dataDir().resolve(StreamPoller.POSITIONS_FILE),
        StreamPoller.Options.DEFAULTS);
  }
}
