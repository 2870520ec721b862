package cruddur.web;

import cruddur.messages.InvalidRequest;
import cruddur.messages.MessageIdConflict;
import cruddur.messages.MessagesTableMissing;
import cruddur.messages.NotFound;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error as JSON, in one place: 401 {@code {}}; 422 the list of error codes; 404, 400, 413,
 * 429, 503 an object naming the error. Anything unexpected is logged and answered 500 without
 * details.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  /** An error a handler answers with, as status and JSON body. */
  static final class Answer extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient Object body;

    Answer(int status, Object body) {
      super(null, null, false, false);
      this.status = status;
      this.body = body;
    }
  }

  static Answer unauthorized() {
    return new Answer(401, Map.of());
  }

  static Answer badRequest(String why) {
    return new Answer(400, Map.of("error", "bad_request", "message", why));
  }

  static void register(JavalinConfig config) {
    config.routes.exception(Answer.class, (e, ctx) -> ctx.status(e.status).json(e.body));
    config.routes.exception(InvalidRequest.class, (e, ctx) -> ctx.status(422).json(e.codes()));
    config.routes.exception(
        NotFound.class, (e, ctx) -> ctx.status(404).json(Map.of("error", "not_found")));
    config.routes.exception(
        MessageIdConflict.class,
        (e, ctx) -> ctx.status(409).json(Map.of("error", "message_uuid_taken")));
    // Not logged here: MessagesTableStatus logs an outage once, not once per request.
    config.routes.exception(
        MessagesTableMissing.class,
        (e, ctx) ->
            ctx.status(503)
                .json(Map.of("error", "messages_table_missing", "message", e.getMessage())));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            ctx.status(e.getStatus())
                .json(Map.of("error", name(e.getStatus()), "message", e.getMessage())));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          ctx.status(500).json(Map.of("error", "internal"));
        });
    config.routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null) {
            ctx.json(Map.of("error", "not_found"));
          }
        });
  }

  /** The {@code error} of a JSON error body with this status. */
  static String name(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 413 -> "body_too_large";
      case 431 -> "headers_too_large";
      case 503 -> "unavailable";
      default -> "error_" + status;
    };
  }
}
