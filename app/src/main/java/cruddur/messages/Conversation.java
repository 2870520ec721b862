package cruddur.messages;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One participant's view of a conversation: who they talk to ({@code other}) and the last message.
 * {@code sk} is the item's sort key as stored, {@code lastMessageAt} the time it denotes.
 */
public record Conversation(
    UUID ownerUuid,
    UUID groupUuid,
    String sk,
    Instant lastMessageAt,
    String lastMessage,
    Participant other) {
  public Conversation {
    Objects.requireNonNull(ownerUuid, "ownerUuid");
    Objects.requireNonNull(groupUuid, "groupUuid");
    Objects.requireNonNull(sk, "sk");
    Objects.requireNonNull(lastMessageAt, "lastMessageAt");
    Objects.requireNonNull(lastMessage, "lastMessage");
    Objects.requireNonNull(other, "other");
  }
}
