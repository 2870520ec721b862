package cruddur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A DynamoDB endpoint that forwards every request to another and writes down what was asked, the
 * way IAM would see it: the action ({@code dynamodb:Query}; a transaction by its parts) and the
 * table. Standing in front of the engine, it shows what a deployed piece really calls.
 */
final class RecordingProxy implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_FORWARDED =
      Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");
  private static final Map<String, String> TRANSACT_PARTS =
      Map.of(
          "Put", "dynamodb:PutItem",
          "Delete", "dynamodb:DeleteItem",
          "Update", "dynamodb:UpdateItem",
          "ConditionCheck", "dynamodb:ConditionCheckItem",
          "Get", "dynamodb:GetItem");

  private final URI target;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final HttpClient client = HttpClient.newHttpClient();
  private final Set<String> actions = ConcurrentHashMap.newKeySet();
  private final Set<String> tables = ConcurrentHashMap.newKeySet();

  RecordingProxy(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::forward);
    server.setExecutor(threads);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  Set<String> actions() {
    return new TreeSet<>(actions);
  }

  Set<String> tables() {
    return new TreeSet<>(tables);
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      record(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(String amzTarget, byte[] body) throws IOException {
    if (amzTarget == null || !amzTarget.contains(".")) {
      return;
    }
    // DynamoDB and its Streams API share IAM's "dynamodb:" prefix.
    String operation = amzTarget.substring(amzTarget.indexOf('.') + 1);
    JsonNode request = JSON.readTree(body);
    if (operation.equals("TransactWriteItems") || operation.equals("TransactGetItems")) {
      for (JsonNode item : request.path("TransactItems")) {
        item.fields()
            .forEachRemaining(
                part -> {
                  actions.add(TRANSACT_PARTS.get(part.getKey()));
                  tables.add(part.getValue().path("TableName").asText());
                });
      }
      return;
    }
    actions.add("dynamodb:" + operation);
    if (request.hasNonNull("TableName")) {
      tables.add(request.get("TableName").asText());
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
