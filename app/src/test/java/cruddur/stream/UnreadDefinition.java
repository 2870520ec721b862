package cruddur.stream;

import cruddur.messages.Message;
import cruddur.messages.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a conversation's unread counts must be, worked out from what a test did (the messages it
 * sent, the reads it made) rather than from anything the processor stored: a participant's read
 * point is the latest of their own messages and of what they were shown, and their unread count is
 * the number of the other participant's messages after it.
 */
final class UnreadDefinition {
  private final List<Message> sent = new ArrayList<>();
  private final Map<UUID, Instant> readPoints = new HashMap<>();

  /** A message was sent: its sender has read the conversation up to it. */
  void sent(Message message) {
    sent.add(message);
    read(message.sender().uuid(), message.sk());
  }

  /** {@code reader} was shown the conversation up to the message at {@code upToSk}. */
  void read(UUID reader, String upToSk) {
    readPoints.merge(reader, Times.parse(upToSk), (a, b) -> a.isAfter(b) ? a : b);
  }

  Instant readPoint(UUID owner) {
    return readPoints.getOrDefault(owner, Instant.EPOCH);
  }

  int unread(UUID owner) {
    Instant readPoint = readPoint(owner);
    return (int)
        sent.stream()
            .filter(m -> !m.sender().uuid().equals(owner))
            .filter(m -> Times.parse(m.sk()).isAfter(readPoint))
            .count();
  }

  /** The newest message: the one both conversation items must show. */
  Message newest() {
    return sent.stream().max((a, b) -> Times.parse(a.sk()).compareTo(Times.parse(b.sk()))).get();
  }
}
