package cruddur.seed;

import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.ConversationRepository.Started;
import cruddur.messages.MessageRepository;
import cruddur.messages.Participant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sample conversation of {@code ./cruddur ddb seed}: two people take turns through {@link
 * Dialogue}, one line a minute, the last line a minute before now, so the data always looks recent
 * and never lies in the future.
 */
public final class ConversationSeed {
  /** What seeding did: the conversation, and how many messages it wrote (0 when it existed). */
  public record Result(UUID groupUuid, int messagesWritten) {}

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final Clock clock;

  public ConversationSeed(
      ConversationRepository conversations, MessageRepository messages, Clock clock) {
    this.conversations = conversations;
    this.messages = messages;
    this.clock = clock;
  }

  /** Seeds a conversation between {@code first} (who speaks first) and {@code second}. */
  public Result seed(Participant first, Participant second, List<String> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a dialogue needs at least one line");
    }
    Optional<UUID> existing = conversations.between(first.uuid(), second.uuid());
    if (existing.isPresent()) {
      return new Result(existing.get(), 0);
    }
    Instant last = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1));
    Instant start = last.minus(Duration.ofMinutes(lines.size() - 1L));
    Started started = conversations.start(first, second, lines.get(0), UUID.randomUUID(), start);
    if (!started.created()) {
      return new Result(started.groupUuid(), 0);
    }
    String lastSk = null;
    for (int i = 1; i < lines.size(); i++) {
      Participant speaker = i % 2 == 0 ? first : second;
      lastSk =
          messages
              .send(
                  started.groupUuid(),
                  speaker,
                  lines.get(i),
                  UUID.randomUUID(),
                  start.plus(Duration.ofMinutes(i)))
              .sk();
    }
    if (lastSk != null) {
      String lastLine = lines.get(lines.size() - 1);
      // Both have read the seeded dialogue. If a stream processor is running it may have moved
      // the items already, and then its read state stands.
      for (Conversation c : conversations.members(started.groupUuid())) {
        conversations.moveTo(c, c.movedTo(lastSk, lastLine, 0, lastSk));
      }
    }
    return new Result(started.groupUuid(), lines.size());
  }
}
