package cruddur.dynamo.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import cruddur.dynamo.operations.Arns;
import cruddur.dynamo.operations.Operations;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.ChangeLog;
import cruddur.dynamo.table.TableReader;
import cruddur.dynamo.table.TableWriter;
import java.net.URI;
import java.time.Clock;
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
  private final Server jetty;
  private final Store store;
  private final TtlSweeper sweeper;
  private final URI endpoint;

  private DynamoServer(Server jetty, Store store, TtlSweeper sweeper, URI endpoint) {
    this.jetty = jetty;
    this.store = store;
    this.sweeper = sweeper;
    this.endpoint = endpoint;
  }

  /** Opens the store and starts listening; the returned server is ready for requests. */
  public static DynamoServer start(DynamoConfig config) {
    Store store =
        config.data().map(dir -> Store.open(dir, config.syncWrites())).orElseGet(Store::inMemory);
    try {
      Clock clock = Clock.systemUTC();
      ObjectMapper mapper = new ObjectMapper();
      Catalog catalog = new Catalog(store, mapper);
      TableReader reader = new TableReader(store);
      TableWriter writer = new TableWriter(store, catalog, ChangeLog.NONE);
      QueuedThreadPool threads = new QueuedThreadPool(64, 4);
      threads.setName("dynamo");
      Server jetty = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendDateHeader(true);
      ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
      connector.setHost(config.host());
      connector.setPort(config.port());
      jetty.addConnector(connector);
      Dispatcher dispatcher = new Dispatcher();
      Operations.register(
          dispatcher,
          catalog,
          reader,
          writer,
          new Arns("us-east-1"),
          clock,
          config.host() + ":" + config.port());
      jetty.setHandler(new DynamoHandler(dispatcher, mapper));
      jetty.start();
      URI endpoint =
          URI.create("http://" + hostForUri(config.host()) + ":" + connector.getLocalPort());
      TtlSweeper sweeper = new TtlSweeper(catalog, reader, writer, clock);
      sweeper.start();
      return new DynamoServer(jetty, store, sweeper, endpoint);
    } catch (Exception e) {
      store.close();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("could not start the engine: " + e.getMessage(), e);
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

  /** Stops serving and closes the store; every acknowledged write is already durable. */
  @Override
  public void close() {
    sweeper.close();
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      store.close();
    }
  }
}
