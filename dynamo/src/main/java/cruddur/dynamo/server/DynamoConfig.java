package cruddur.dynamo.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run the engine: where to listen ({@code port} 0 picks a free one) and where to keep data
 * (no directory means in memory). {@code syncWrites} fsyncs every write, surviving power loss as
 * well as process crashes.
 */
public record DynamoConfig(String host, int port, Path dataDir, boolean syncWrites) {

  public static DynamoConfig inMemory() {
    return new DynamoConfig("127.0.0.1", 0, null, false);
  }

  public static DynamoConfig onDisk(Path dataDir) {
    return new DynamoConfig("127.0.0.1", 0, dataDir, false);
  }

  public DynamoConfig withPort(int newPort) {
    return new DynamoConfig(host, newPort, dataDir, syncWrites);
  }

  public DynamoConfig withHost(String newHost) {
    return new DynamoConfig(newHost, port, dataDir, syncWrites);
  }

  public DynamoConfig withSyncWrites(boolean sync) {
    return new DynamoConfig(host, port, dataDir, sync);
  }

  public Optional<Path> data() {
    return Optional.ofNullable(dataDir);
  }
}
