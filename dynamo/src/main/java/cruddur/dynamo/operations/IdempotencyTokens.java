package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * TransactWriteItems' ClientRequestToken: a repeat of the same request within ten minutes succeeds
 * without writing again; the same token with other parameters is refused.
 *
 * <p>The SDKs send a token with every transaction, so this is on the path of each one: a request is
 * remembered by a digest of its parameters (not the parameters), and tokens expire from the front
 * of a queue in the order they were given, so each call does constant work however many tokens the
 * window holds.
 */
public final class IdempotencyTokens {
  private static final Duration WINDOW = Duration.ofMinutes(10);

  private record Entry(byte[] digest, List<Capacity> capacities, long expiresAt) {}

  private record Expiry(String token, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Queue<Expiry> expiries = new ConcurrentLinkedQueue<>();
  private final Clock clock;

  public IdempotencyTokens(Clock clock) {
    this.clock = clock;
  }

  Optional<List<Capacity>> replay(String token, JsonNode request) {
    long now = clock.millis();
    expire(now);
    Entry e = entries.get(token);
    if (e == null || e.expiresAt() < now) {
      return Optional.empty();
    }
    if (!Arrays.equals(e.digest(), digest(request))) {
      throw new DynamoException(
          ErrorType.IDEMPOTENT_PARAMETER_MISMATCH,
          "Request parameters do not match the parameters of a previous request with the same"
              + " client request token.");
    }
    return Optional.of(e.capacities());
  }

  void remember(String token, JsonNode request, List<Capacity> capacities) {
    long expiresAt = clock.millis() + WINDOW.toMillis();
    entries.put(token, new Entry(digest(request), capacities, expiresAt));
    expiries.add(new Expiry(token, expiresAt));
  }

  private void expire(long now) {
    Expiry head;
    while ((head = expiries.peek()) != null && head.expiresAt() < now) {
      if (expiries.remove(head)) {
        long expiresAt = head.expiresAt();
        // Only if not given again since: a later remember() of the token has a later expiry.
        entries.computeIfPresent(head.token(), (t, e) -> e.expiresAt() <= expiresAt ? null : e);
      }
    }
  }

  /** A digest of the request's parameters, leaving out those that do not change what it does. */
  private static byte[] digest(JsonNode request) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String name : (Iterable<String>) request::fieldNames) {
      if (!name.equals("ReturnConsumedCapacity")) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(request.get(name).toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
    }
    return sha.digest();
  }
}
