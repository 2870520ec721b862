package cruddur.dynamo.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to run the engine: where to listen ({@code port} 0 picks a free one) and where to keep data
 * (no directory means in memory). {@code syncWrites} fsyncs every write, surviving power loss as
 * well as process crashes. {@code corsOrigins} are the web origins whose pages may call the engine
 * from a browser: none by default, since the engine checks no credentials and any page could
 * otherwise read and write every table.
 */
public record DynamoConfig(
    String host, int port, Path dataDir, boolean syncWrites, List<String> corsOrigins) {

  public DynamoConfig {
    corsOrigins = List.copyOf(corsOrigins);
  }

  public DynamoConfig(String host, int port, Path dataDir, boolean syncWrites) {
    this(host, port, dataDir, syncWrites, List.of());
  }

  public static DynamoConfig inMemory() {
    return new DynamoConfig("127.0.0.1", 0, null, false);
  }

  public static DynamoConfig onDisk(Path dataDir) {
    return new DynamoConfig("127.0.0.1", 0, dataDir, false);
  }

  public DynamoConfig withPort(int newPort) {
    return new DynamoConfig(host, newPort, dataDir, syncWrites, corsOrigins);
  }

  public DynamoConfig withHost(String newHost) {
    return new DynamoConfig(newHost, port, dataDir, syncWrites, corsOrigins);
  }

  public DynamoConfig withSyncWrites(boolean sync) {
    return new DynamoConfig(host, port, dataDir, sync, corsOrigins);
  }

  /** Grants these origins (e.g. {@code http://localhost:3000}) browser access to the engine. */
  public DynamoConfig withCorsOrigins(List<String> origins) {
    return new DynamoConfig(host, port, dataDir, syncWrites, origins);
  }

  public Optional<Path> data() {
    return Optional.ofNullable(dataDir);
  }
}
