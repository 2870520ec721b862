package cruddur.messages;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One message of a conversation. {@code sk} is its sort key as stored (the fixed time form for
 * messages this project writes, possibly an older form for the original's); {@code createdAt} is
 * the time it denotes.
 */
public record Message(
    UUID groupUuid,
    UUID messageUuid,
    Instant createdAt,
    String sk,
    String text,
    Participant sender) {
  public Message {
    Objects.requireNonNull(groupUuid, "groupUuid");
    Objects.requireNonNull(messageUuid, "messageUuid");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(sk, "sk");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sender, "sender");
  }
}
