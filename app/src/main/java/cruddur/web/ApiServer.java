package cruddur.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The HTTP server: Javalin on Jetty, with the API's routes, its JSON errors, CORS for the
 * configured origins and security headers on every response. Built from the parts it serves;
 * nothing here knows DynamoDB or PostgreSQL.
 */
public final class ApiServer implements AutoCloseable {
  /**
   * @param host the address to listen on
   * @param port the port (0 for any free one)
   * @param allowedOrigins origins whose pages may call the API ({@code FRONTEND_URL}, {@code
   *     BACKEND_URL})
   * @param limits how long and how many clients may take
   */
  public record Settings(String host, int port, List<String> allowedOrigins, Limits limits) {
    public Settings {
      allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** With the {@link Limits#DEFAULT default limits}. */
    public Settings(String host, int port, List<String> allowedOrigins) {
      this(host, port, allowedOrigins, Limits.DEFAULT);
    }
  }

  /**
   * What one client may hold of the server, so that slow or stalled ones cannot stop it answering
   * everyone else.
   *
   * @param idleTimeout how long a connection may be silent before it is closed: between requests,
   *     while a request's headers arrive, and while a response is being written
   * @param bodyTimeout how long a request's body may take to arrive whole once its headers have,
   *     before the request is answered 408; no thread waits for it meanwhile
   * @param maxConnections connections open at once; beyond it new ones wait to be accepted, and
   *     open ones silent for {@link #IDLE_TIMEOUT_WHEN_FULL} are closed
   */
  public record Limits(Duration idleTimeout, Duration bodyTimeout, int maxConnections) {
    /**
     * 30 s idle: Jetty's own default, which browsers' keep-alive and the pages' event stream are
     * used to; a client silent that long mid-headers is gone. 15 s for a body: one is at most 64
     * KiB, which takes well under a second on any real link and about 13 s even at 5 KB/s, while a
     * client that stalls holds a connection (never a thread) for no longer. 500 connections: a
     * browser opens at most six to a site, and file descriptors stay well under the usual 1024.
     */
    public static final Limits DEFAULT =
        new Limits(Duration.ofSeconds(30), Duration.ofSeconds(15), 500);

    /** How long connections may be silent while the server holds {@code maxConnections}. */
    public static final Duration IDLE_TIMEOUT_WHEN_FULL = Duration.ofSeconds(2);

    public Limits {
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
      }
      if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
        throw new IllegalArgumentException("bodyTimeout must be positive: " + bodyTimeout);
      }
      if (maxConnections < 1) {
        throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
      }
    }
  }

  private static final Set<HandlerType> ENDPOINTS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);

  private static final Supplier<String> OPENAPI =
      () -> {
        try (InputStream in = ApiServer.class.getResourceAsStream("/web/openapi.json")) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };

  /** Requests bodies larger than this are refused with 413: a message is at most 4 KiB of text. */
  static final long MAX_BODY_BYTES = 64 * 1024;

  private final Javalin app;
  private final List<String> routes;

  private ApiServer(Javalin app, List<String> routes) {
    this.app = app;
    this.routes = routes;
  }

  /** Starts a server with {@code routes} (each adds its routes to the configuration). */
  public static ApiServer start(Settings settings, List<Consumer<JavalinConfig>> routes) {
    List<String> registered = new CopyOnWriteArrayList<>();
    Javalin app =
        Javalin.create(
            config -> {
              config.events.handlerAdded(
                  h -> {
                    if (ENDPOINTS.contains(h.getHttpMethod())) {
                      registered.add(h.getHttpMethod() + " " + h.getPath());
                    }
                  });
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.modifyServer(server -> limit(server, settings.limits()));
              config.jetty.addConnector((server, http) -> connector(server, http, settings));
              config.http.maxRequestSize = MAX_BODY_BYTES;
              config.http.defaultContentType = "application/json";
              new Cors(settings.allowedOrigins()).accept(config);
              config.routes.after(SecurityHeaders::add);
              Errors.register(config);
              config.routes.get(
                  "/openapi.json",
                  ctx -> ctx.contentType("application/json").result(OPENAPI.get()));
              routes.forEach(r -> r.accept(config));
            });
    app.start();
    return new ApiServer(app, List.copyOf(registered));
  }

  /**
   * Bodies are read before the routes run (they read the blocking way), errors Jetty answers itself
   * are JSON, and connections are capped.
   */
  private static void limit(Server server, Limits limits) {
    server.setHandler(new BodyDeadline(MAX_BODY_BYTES, limits.bodyTimeout()));
    server.setErrorHandler(new JsonErrorHandler());
    NetworkConnectionLimit cap = new NetworkConnectionLimit(limits.maxConnections(), server);
    cap.setEndPointIdleTimeout(Limits.IDLE_TIMEOUT_WHEN_FULL.toMillis());
    server.addBean(cap);
  }

  private static ServerConnector connector(
      Server server, HttpConfiguration http, Settings settings) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    connector.setIdleTimeout(settings.limits().idleTimeout().toMillis());
    return connector;
  }

  /** What it serves, as {@code "GET /api/message_groups"}: the OpenAPI document's test reads it. */
  public List<String> routes() {
    return routes;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
