package cruddur.testing;

import cruddur.dynamo.server.DynamoConfig;
import cruddur.dynamo.server.DynamoServer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The engine for app tests: one in-memory server per test JVM (started on first use, stopped at
 * exit), reached over HTTP through the AWS SDK exactly as the app reaches DynamoDB. Tests keep out
 * of each other's way by creating their own tables ({@link #uniqueTableName}).
 */
public final class TestEngine {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  private static DynamoServer server;
  private static DynamoDbClient client;
  private static DynamoDbStreamsClient streams;

  private TestEngine() {}

  /** A client of the shared engine. */
  public static synchronized DynamoDbClient client() {
    if (client == null) {
      // Logging first, so the engine's threads do not log while SLF4J is still starting.
      LoggerFactory.getILoggerFactory();
      server = DynamoServer.start(DynamoConfig.inMemory());
      client = clientFor(server.endpoint()).build();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    client.close();
                    server.close();
                  }));
    }
    return client;
  }

  /** A client of the shared engine's Streams API. */
  public static synchronized DynamoDbStreamsClient streams() {
    if (streams == null) {
      client();
      streams = streamsFor(server.endpoint());
    }
    return streams;
  }

  /** A client of any engine, in the tests' region and with their credentials, to finish. */
  public static DynamoDbClientBuilder clientFor(URI endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(CREDENTIALS)
        .httpClient(Apache5HttpClient.builder().build());
  }

  /** A Streams client of any engine, in the tests' region and with their credentials. */
  public static DynamoDbStreamsClient streamsFor(URI endpoint) {
    return DynamoDbStreamsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(CREDENTIALS)
        .httpClient(Apache5HttpClient.builder().build())
        .build();
  }

  /** The engine's endpoint, for code under test that builds its own clients. */
  public static synchronized URI endpoint() {
    client();
    return server.endpoint();
  }

  /** A table name no other test in this JVM uses. */
  public static String uniqueTableName(String prefix) {
    return prefix + "-" + TABLES.incrementAndGet();
  }
}
