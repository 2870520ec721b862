package cruddur.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * A request's JSON body, read the same way by every route: anything malformed is a 400, and so is
 * anything but whitespace after the value (a second object would otherwise go unread).
 */
final class JsonBody {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBody() {}

  /** The body, which must be a JSON object. */
  static JsonNode object(Context ctx) {
    try {
      JsonNode body = JSON.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw Errors.badRequest("the body must be a JSON object");
      }
      return body;
    } catch (JsonProcessingException e) {
      throw Errors.badRequest("the body is not JSON");
    }
  }

  /** A string member of the body; null when absent or null. */
  static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw Errors.badRequest("\"" + field + "\" must be a string");
    }
    return node.asText();
  }
}
