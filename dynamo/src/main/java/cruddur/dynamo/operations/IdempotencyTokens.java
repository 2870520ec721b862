package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TransactWriteItems' ClientRequestToken: a repeat of the same request within ten minutes succeeds
 * without writing again; the same token with other parameters is refused.
 */
public final class IdempotencyTokens {
  private static final Duration WINDOW = Duration.ofMinutes(10);

  private record Entry(JsonNode request, List<Capacity> capacities, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  public IdempotencyTokens(Clock clock) {
    this.clock = clock;
  }

  Optional<List<Capacity>> replay(String token, JsonNode request) {
    long now = clock.millis();
    entries.values().removeIf(e -> e.expiresAt() < now);
    Entry e = entries.get(token);
    if (e == null) {
      return Optional.empty();
    }
    if (!withoutToken(e.request()).equals(withoutToken(request))) {
      throw new DynamoException(
          ErrorType.IDEMPOTENT_PARAMETER_MISMATCH,
          "Request parameters do not match the parameters of a previous request with the same"
              + " client request token.");
    }
    return Optional.of(e.capacities());
  }

  void remember(String token, JsonNode request, List<Capacity> capacities) {
    entries.put(token, new Entry(request, capacities, clock.millis() + WINDOW.toMillis()));
  }

  private static JsonNode withoutToken(JsonNode request) {
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        ((com.fasterxml.jackson.databind.node.ObjectNode) request).deepCopy();
    copy.remove("ReturnConsumedCapacity");
    return copy;
  }
}
