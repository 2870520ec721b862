package cruddur.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import cruddur.messages.Conversation;
import cruddur.stream.ReadPointMoved;
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
 * processor has updated one of their conversations, and a {@code read} event, {@code
 * {"message_group_uuid", "reader_handle", "read_up_to"}}, whenever either participant's read point
 * in one of them moves. Fed by the processor running in the same process ({@code ./cruddur up});
 * without one, nothing is sent and the pages fall back to polling.
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
    send(conversation.ownerUuid(), "conversation", conversation.groupUuid().toString());
  }

  /** Tells both participants, if they are listening, how far one of them has read. */
  public void read(ReadPointMoved moved) {
    ReadEvent event =
        new ReadEvent(moved.groupUuid().toString(), moved.reader().handle(), moved.readUpTo());
    send(moved.reader().uuid(), "read", event);
    send(moved.otherUuid(), "read", event);
  }

  /** The data of a {@code read} event. */
  record ReadEvent(
      @JsonProperty("message_group_uuid") String messageGroupUuid,
      @JsonProperty("reader_handle") String readerHandle,
      @JsonProperty("read_up_to") String readUpTo) {}

  private void send(UUID user, String event, Object data) {
    Set<SseClient> listening = clients.get(user);
    if (listening == null) {
      return;
    }
    for (SseClient client : listening) {
      if (client.terminated()) {
        listening.remove(client);
      } else {
        client.sendEvent(event, data);
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
