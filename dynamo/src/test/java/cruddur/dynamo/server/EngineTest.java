package cruddur.dynamo.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Base of the tests that talk to one in-memory engine per test class through the SDK v2: the engine
 * starts before the class's own {@code @BeforeAll} and stops after its {@code @AfterAll}.
 */
abstract class EngineTest {
  static DynamoServer server;
  static DynamoDbClient client;

  @BeforeAll
  static void startEngine() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    client = EngineFixture.client(server.endpoint());
  }

  @AfterAll
  static void stopEngine() {
    client.close();
    server.close();
  }
}
