package cruddur.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cross-origin calls to {@code /api/*} from the configured origins ({@code FRONTEND_URL}, {@code
 * BACKEND_URL}), as the original allowed them: those origins get the CORS headers, with
 * Authorization and Link readable; any other origin simply gets none, so its browser refuses to
 * hand the answer to the calling page. A request is never refused for its Origin (the app's own
 * pages send one with each POST).
 */
final class Cors implements Consumer<JavalinConfig> {
  private final Set<String> allowed;

  Cors(List<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.before("/api/*", this::headers);
    config.routes.options(
        "/api/*",
        ctx -> {
          if (allowedOrigin(ctx)) {
            ctx.header("Access-Control-Allow-Methods", "OPTIONS, GET, HEAD, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
            ctx.header("Access-Control-Max-Age", "600");
          }
          ctx.status(204);
        });
  }

  private void headers(Context ctx) {
    if (allowedOrigin(ctx)) {
      ctx.header("Access-Control-Allow-Origin", ctx.header("Origin"));
      ctx.header("Access-Control-Expose-Headers", "Authorization, Link");
      ctx.header("Vary", "Origin");
    }
  }

  private boolean allowedOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    return origin != null && allowed.contains(origin);
  }
}
