package cruddur.messages;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One participant's view of a conversation: who they talk to ({@code other}), the last message, and
 * how far the owner has read. {@code sk} is the item's sort key as stored, {@code lastMessageAt}
 * the time it denotes. {@code unread} counts the other participant's messages after {@code
 * readUpTo} (a sort-key time) up to {@code sk}.
 */
public record Conversation(
    UUID ownerUuid,
    UUID groupUuid,
    String sk,
    Instant lastMessageAt,
    String lastMessage,
    Participant other,
    int unread,
    String readUpTo) {
  /** What {@code readUpTo} holds for a conversation its owner has never read. */
  public static final String NEVER_READ = Times.format(Instant.EPOCH);

  public Conversation {
    Objects.requireNonNull(ownerUuid, "ownerUuid");
    Objects.requireNonNull(groupUuid, "groupUuid");
    Objects.requireNonNull(sk, "sk");
    Objects.requireNonNull(lastMessageAt, "lastMessageAt");
    Objects.requireNonNull(lastMessage, "lastMessage");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(readUpTo, "readUpTo");
    if (unread < 0) {
      throw new IllegalArgumentException("unread must not be negative, was " + unread);
    }
  }

  /** A conversation its owner has read to the end. */
  public Conversation(
      UUID ownerUuid,
      UUID groupUuid,
      String sk,
      Instant lastMessageAt,
      String lastMessage,
      Participant other) {
    this(ownerUuid, groupUuid, sk, lastMessageAt, lastMessage, other, 0, sk);
  }

  /** This conversation with {@code message} as its last one, read state as given. */
  public Conversation movedTo(String newSk, String message, int newUnread, String newReadUpTo) {
    return new Conversation(
        ownerUuid, groupUuid, newSk, Times.parse(newSk), message, other, newUnread, newReadUpTo);
  }

  /** How far the owner has read, as a message's sort-key time; empty if they never have. */
  public Optional<String> readPoint() {
    return Times.parse(readUpTo).isAfter(Instant.EPOCH) ? Optional.of(readUpTo) : Optional.empty();
  }

  /** This conversation with another read state. */
  public Conversation withReadState(int newUnread, String newReadUpTo) {
    return new Conversation(
        ownerUuid, groupUuid, sk, lastMessageAt, lastMessage, other, newUnread, newReadUpTo);
  }
}
