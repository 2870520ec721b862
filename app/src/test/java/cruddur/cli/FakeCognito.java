package cruddur.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A small local stand-in for Cognito's {@code ListUsers}, enough for the scripts' tests: one pool,
 * fixed users, pages of two with a pagination token, and Cognito's error for another pool id.
 */
final class FakeCognito implements AutoCloseable {
  static final String POOL = "us-east-1_TestPool";
  private static final int PAGE = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A pool user as Cognito lists it. */
  record PoolUser(String username, String preferredUsername, String sub, String email) {}

  private final HttpServer server;
  private final List<PoolUser> users;

  FakeCognito(List<PoolUser> users) throws IOException {
    this.users = users;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode request = JSON.readTree(exchange.getRequestBody());
    if (!"AWSCognitoIdentityProviderService.ListUsers".equals(target)) {
      reply(exchange, 400, error("UnknownOperationException", "unsupported: " + target));
      return;
    }
    if (!POOL.equals(request.path("UserPoolId").asText())) {
      reply(
          exchange,
          400,
          error(
              "ResourceNotFoundException",
              "User pool " + request.path("UserPoolId").asText() + " does not exist."));
      return;
    }
    int start =
        request.hasNonNull("PaginationToken")
            ? Integer.parseInt(request.get("PaginationToken").asText())
            : 0;
    ObjectNode body = JSON.createObjectNode();
    ArrayNode page = body.putArray("Users");
    for (PoolUser user : users.subList(start, Math.min(users.size(), start + PAGE))) {
      ObjectNode u = page.addObject();
      u.put("Username", user.username());
      u.put("Enabled", true);
      u.put("UserStatus", "CONFIRMED");
      ArrayNode attributes = u.putArray("Attributes");
      attribute(attributes, "sub", user.sub());
      attribute(attributes, "email", user.email());
      if (user.preferredUsername() != null) {
        attribute(attributes, "preferred_username", user.preferredUsername());
      }
    }
    if (start + PAGE < users.size()) {
      body.put("PaginationToken", String.valueOf(start + PAGE));
    }
    reply(exchange, 200, body);
  }

  private static void attribute(ArrayNode attributes, String name, String value) {
    attributes.addObject().put("Name", name).put("Value", value);
  }

  private static ObjectNode error(String type, String message) {
    return JSON.createObjectNode().put("__type", type).put("message", message);
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .putAll(Map.of("Content-Type", List.of("application/x-amz-json-1.1")));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
