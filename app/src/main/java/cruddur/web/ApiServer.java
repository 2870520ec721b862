package cruddur.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
   */
  public record Settings(String host, int port, List<String> allowedOrigins) {
    public Settings {
      allowedOrigins = List.copyOf(allowedOrigins);
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
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
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
