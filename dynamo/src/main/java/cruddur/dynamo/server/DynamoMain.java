package cruddur.dynamo.server;

import java.util.concurrent.CountDownLatch;

/** {@code cruddur dynamo}: runs the engine as a standalone server until interrupted. */
public final class DynamoMain {
  private static final String LOCALE_PROVIDERS = "java.locale.providers";

  private DynamoMain() {}

  /**
   * On Java 17 to 20 the JDK loads two sets of locale data (CLDR and the older COMPAT set) the
   * first time anything asks for locales, which Jetty does at start-up: a tenth of a second of a
   * half-second cold start. The engine formats nothing by locale (Jetty's Date header is fixed to
   * US English), so the standalone server uses the COMPAT set alone. Later JDKs deprecate COMPAT
   * and load quickly anyway, so they are left alone; an explicit setting always wins.
   */
  private static void preferQuickLocaleData() {
    if (Runtime.version().feature() < 21 && System.getProperty(LOCALE_PROVIDERS) == null) {
      System.setProperty(LOCALE_PROVIDERS, "COMPAT");
    }
  }

  public static void main(String[] args) throws InterruptedException {
    preferQuickLocaleData();
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
