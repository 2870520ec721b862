package cruddur.web;

import cruddur.messages.Conversation;
import cruddur.users.User;
import io.javalin.config.JavalinConfig;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Live updates for the pages: {@code GET /api/events?access_token=...} is a server-sent event
 * stream (EventSource cannot send an Authorization header, hence the token in the query) on which a
 * signed-in user receives a {@code conversation} event, with the group's uuid, whenever the stream
 * processor has updated one of their conversations. Fed by the processor running in the same
 * process ({@code ./cruddur up}); without one, nothing is sent and the pages fall back to polling.
 */
public final class LiveUpdates implements Consumer<JavalinConfig> {
  private final Authenticator authenticator;
  private final Map<UUID, Set<SseClient>> clients = new ConcurrentHashMap<>();

  public LiveUpdates(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.sse("/api/events", this::connect);
  }

  /** Tells the conversation's owner, if they are listening, that it changed. */
  public void changed(Conversation conversation) {
    Set<SseClient> listening = clients.get(conversation.ownerUuid());
    if (listening == null) {
      return;
    }
    for (SseClient client : listening) {
      if (client.terminated()) {
        listening.remove(client);
      } else {
        client.sendEvent("conversation", conversation.groupUuid().toString());
      }
    }
  }

  private void connect(SseClient client) {
    Optional<User> user =
        Optional.ofNullable(client.ctx().queryParam("access_token"))
            .flatMap(token -> authenticator.authenticate(Optional.of("Bearer " + token)));
    if (user.isEmpty()) {
      client.sendEvent("unauthorized", "{}");
      client.close();
      return;
    }
    UUID owner = user.get().uuid();
    Set<SseClient> mine = clients.computeIfAbsent(owner, u -> ConcurrentHashMap.newKeySet());
    mine.add(client);
    client.onClose(() -> mine.remove(client));
    client.sendComment("connected");
    client.keepAlive();
  }
}
