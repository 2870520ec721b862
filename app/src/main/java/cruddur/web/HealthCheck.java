package cruddur.web;

import cruddur.messages.MessagesTableStatus;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code GET /api/health-check}: {@code {"success": true, "ver": 1}} while the API can serve, and
 * the error it would answer otherwise (503 when the messages table is missing). It looks at the
 * table for real, at most every few seconds, so a container's health check costs DynamoDB next to
 * nothing.
 */
public final class HealthCheck implements Consumer<JavalinConfig> {
  private final MessagesTableStatus table;

  public HealthCheck(MessagesTableStatus table) {
    this.table = table;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.get("/api/health-check", this::check);
  }

  private void check(Context ctx) {
    table
        .check()
        .ifPresent(
            missing -> {
              throw missing;
            });
    ctx.json(Map.of("success", true, "ver", 1));
  }
}
