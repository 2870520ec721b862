package cruddur.testing;

import cruddur.dynamo.server.DynamoConfig;
import cruddur.dynamo.server.DynamoServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The engine for app tests: one in-memory server per test JVM (started on first use, stopped at
 * exit), reached over HTTP through the AWS SDK exactly as the app reaches DynamoDB. Tests keep out
 * of each other's way by creating their own tables ({@link #uniqueTableName}).
 */
public final class TestEngine {
  private static final AtomicInteger TABLES = new AtomicInteger();
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
      client =
          DynamoDbClient.builder()
              .endpointOverride(server.endpoint())
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
              .httpClient(Apache5HttpClient.builder().build())
              .build();
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
      streams =
          DynamoDbStreamsClient.builder()
              .endpointOverride(server.endpoint())
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
              .httpClient(Apache5HttpClient.builder().build())
              .build();
    }
    return streams;
  }

  /** The engine's endpoint, for code under test that builds its own clients. */
  public static synchronized java.net.URI endpoint() {
    client();
    return server.endpoint();
  }

  /** A table name no other test in this JVM uses. */
  public static String uniqueTableName(String prefix) {
    return prefix + "-" + TABLES.incrementAndGet();
  }
}
