package cruddur.dynamo.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cruddur dynamo}: runs the engine as a standalone server until interrupted. */
@Command(
    name = "dynamo",
    mixinStandardHelpOptions = true,
    description =
        "Runs the DynamoDB-compatible engine. Any DynamoDB client works against it;"
            + " credentials are accepted but not checked.")
public final class DynamoMain implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "8000",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--data-dir",
      defaultValue = "data/dynamo",
      description = "Directory for durable data (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--in-memory", description = "Keep nothing on disk (for tests).")
  boolean inMemory;

  @Option(names = "--sync", description = "fsync every write: survives power loss, slower.")
  boolean sync;

  public static void main(String[] args) {
    System.exit(new CommandLine(new DynamoMain()).execute(args));
  }

  @Override
  public Integer call() throws InterruptedException {
    DynamoConfig config = new DynamoConfig(host, port, inMemory ? null : dataDir, sync);
    DynamoServer server;
    try {
      server = DynamoServer.start(config);
    } catch (RuntimeException e) {
      System.err.println(
          "dynamo: could not start on "
              + host
              + ":"
              + port
              + ": "
              + rootMessage(e)
              + " (is another server using the port? try --port)");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "dynamo-shutdown"));
    System.out.println(
        "dynamo: listening on "
            + server.endpoint()
            + " ("
            + (inMemory ? "in memory" : "data in " + dataDir.toAbsolutePath())
            + ")");
    System.out.flush();
    stopped.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
