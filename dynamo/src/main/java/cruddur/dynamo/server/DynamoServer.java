package cruddur.dynamo.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import cruddur.dynamo.operations.Arns;
import cruddur.dynamo.operations.Operations;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.RequestShapes;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.streams.StreamLog;
import cruddur.dynamo.streams.StreamOperations;
import cruddur.dynamo.streams.StreamTrimmer;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.IndexBackfiller;
import cruddur.dynamo.table.TableReader;
import cruddur.dynamo.table.TableWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The engine as a running server: storage, tables and the HTTP endpoint. Start it embedded with
 * {@link #start(DynamoConfig)} and point any DynamoDB client at {@link #endpoint()}.
 *
 * <pre>{@code
 * try (DynamoServer dynamo = DynamoServer.start(DynamoConfig.inMemory())) {
 *   DynamoDbClient client = DynamoDbClient.builder().endpointOverride(dynamo.endpoint())...;
 * }
 * }</pre>
 */
public final class DynamoServer implements AutoCloseable {
  private static final String REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  private final Server jetty;
  private final Store store;
  private final TtlSweeper sweeper;
  private final IndexBackfiller backfiller;
  private final URI endpoint;

  private DynamoServer(
      Server jetty, Store store, TtlSweeper sweeper, IndexBackfiller backfiller, URI endpoint) {
    this.jetty = jetty;
    this.store = store;
    this.sweeper = sweeper;
    this.backfiller = backfiller;
    this.endpoint = endpoint;
  }

  /** Opens the store and starts listening; the returned server is ready for requests. */
  public static DynamoServer start(DynamoConfig config) {
    return start(config, Clock.systemUTC());
  }

  /**
   * Starts with another clock, which TTL expiry, stream record times and stream retention follow
   * (tests move it forward instead of waiting hours).
   */
  public static DynamoServer start(DynamoConfig config, Clock clock) {
    return start(config, clock, IndexBackfiller.Hook.NONE);
  }

  /** Starts with a hook told before each chunk of an index backfill; for tests. */
  static DynamoServer start(DynamoConfig config, Clock clock, IndexBackfiller.Hook backfillHook) {
    // Jetty otherwise asks the platform MBean server for the pointer size, which boots JMX and
    // java.util.logging: a fifth of a second of cold start for one number.
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
    }
    // Jetty's static initialisers list the platform's locales, format a timestamp and look up
    // methods through method handles: a tenth of a second or more of cold start on the thread
    // that starts Jetty, here done alongside while the store opens.
    onNewThread(DynamoServer::initialiseAhead, "dynamo-warm");
    // The store (RocksDB's native library, the files) opens on one core while Jetty starts on
    // the other; requests that arrive first wait for the dispatcher.
    CompletableFuture<Store> opening =
        CompletableFuture.supplyAsync(
            () -> openStore(config), task -> onNewThread(task, "dynamo-open"));
    CompletableFuture<Dispatcher> ready = new CompletableFuture<>();
    // Attribute names may be up to 64 KB; Jackson's default stops names at 50,000 characters.
    JsonFactory json =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(1 << 20).build())
            .build();
    Server jetty =
        jetty(
            config,
            new DynamoHandler(
                ready,
                json,
                config.syncWrites(),
                new CorsPolicy(config.corsOrigins()),
                new RequestShapes()));
    try {
      jetty.start();
    } catch (Exception e) {
      opening.thenAccept(Store::close);
      throw new IllegalStateException("could not listen: " + e.getMessage(), e);
    }
    Store store;
    IndexBackfiller backfiller = null;
    try {
      store = opening.join();
    } catch (CompletionException e) {
      stopQuietly(jetty);
      throw e.getCause() instanceof RuntimeException re ? re : e;
    }
    try {
      int port = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
      URI endpoint = URI.create("http://" + hostForUri(config.host()) + ":" + port);
      StreamLog streamLog = StreamLog.open(store, clock, json);
      Catalog catalog = new Catalog(store, json, streamLog);
      TableReader reader = new TableReader(store);
      TableWriter writer = new TableWriter(store, catalog, streamLog);
      backfiller = new IndexBackfiller(catalog, reader, writer, backfillHook);
      Dispatcher dispatcher = new Dispatcher();
      Arns arns = new Arns("us-east-1");
      Operations.register(
          dispatcher,
          catalog,
          reader,
          writer,
          backfiller,
          arns,
          clock,
          endpoint.getHost() + ":" + port);
      StreamOperations.register(dispatcher, store, streamLog, arns, clock);
      ready.complete(dispatcher);
      TtlSweeper sweeper =
          new TtlSweeper(
              catalog, reader, writer, clock, new StreamTrimmer(store, streamLog, catalog, clock));
      sweeper.start();
      // Indexes a stop or crash left backfilling carry on from their last chunk.
      backfiller.wake();
      return new DynamoServer(jetty, store, sweeper, backfiller, endpoint);
    } catch (RuntimeException e) {
      ready.completeExceptionally(e);
      stopQuietly(jetty);
      if (backfiller != null) {
        backfiller.close();
      }
      store.close();
      throw e;
    }
  }

  private static Store openStore(DynamoConfig config) {
    return config
        .data()
        .map(dir -> Store.open(dir, config.syncWrites()))
        .orElseGet(Store::inMemory);
  }

  private static Server jetty(DynamoConfig config, DynamoHandler handler) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("dynamo");
    Server jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendDateHeader(true);
    // Requests run on the selector thread that reads them (see DynamoHandler). Jetty's default on
    // a small machine is one selector, which left a core idle; two per core let every core serve
    // and keep one slow request from holding up many connections (p99 at 8 connections on 2
    // cores: 96 ms with two selectors, 5 ms with four; bench/cpu-per-request.sh, wrk --latency).
    int selectors = 2 * Math.max(2, Runtime.getRuntime().availableProcessors());
    ServerConnector connector =
        new ServerConnector(jetty, 1, selectors, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    jetty.addConnector(connector);
    jetty.setHandler(handler);
    return jetty;
  }

  private static void initialiseAhead() {
    Locale.getAvailableLocales();
    Instant.EPOCH.toString();
    for (String name : AHEAD) {
      try {
        Class.forName(name, true, DynamoServer.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Only a head start: the class is initialised again when Jetty needs it.
      }
    }
  }

  /** Jetty classes with costly static initialisers, in the order Jetty's start needs them. */
  private static final String[] AHEAD = {
    "org.eclipse.jetty.util.security.SecurityUtils",
    "org.eclipse.jetty.util.VirtualThreads",
    "org.eclipse.jetty.http.MimeTypes",
    "org.eclipse.jetty.http.HttpParser",
    "org.eclipse.jetty.http.HttpGenerator"
  };

  private static void onNewThread(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void stopQuietly(Server jetty) {
    try {
      jetty.stop();
    } catch (Exception e) {
      // already failing; the original error is the one to report
    }
  }

  private static String hostForUri(String host) {
    if (host.equals("0.0.0.0")) {
      return "127.0.0.1";
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** The URL clients use, e.g. {@code http://127.0.0.1:8000}. */
  public URI endpoint() {
    return endpoint;
  }

  public int port() {
    return endpoint.getPort();
  }

  /** Runs the background sweep (TTL expiry, stream retention) now and waits for it; for tests. */
  void sweepNow() {
    sweeper.sweepNow();
  }

  /**
   * Stops serving and closes the store; every acknowledged write is already durable. A backfill
   * under way stops after its current chunk and resumes on the next start.
   */
  @Override
  public void close() {
    sweeper.close();
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      backfiller.close();
      store.close();
    }
  }
}
