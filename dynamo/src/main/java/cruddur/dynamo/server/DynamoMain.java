package cruddur.dynamo.server;

import java.util.concurrent.CountDownLatch;

/** {@code cruddur dynamo}: runs the engine as a standalone server until interrupted. */
public final class DynamoMain {
  private DynamoMain() {}

  public static void main(String[] args) throws InterruptedException {
    EngineOptions options;
    try {
      options = EngineOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("dynamo: " + e.getMessage() + " (see --help)");
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(EngineOptions.USAGE);
      return;
    }
    if (options.selfCheck()) {
      System.exit(SelfCheck.run());
      return;
    }
    DynamoConfig config = options.config();
    DynamoServer server;
    try {
      server = DynamoServer.start(config);
    } catch (RuntimeException e) {
      System.err.println(
          "dynamo: could not start on "
              + config.host()
              + ":"
              + config.port()
              + ": "
              + rootMessage(e)
              + " (is another server using the port? try --port)");
      System.exit(1);
      return;
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
            + config.data().map(d -> "data in " + d.toAbsolutePath()).orElse("in memory")
            + ")");
    System.out.flush();
    stopped.await();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
