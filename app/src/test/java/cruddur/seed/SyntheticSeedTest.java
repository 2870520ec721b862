package cruddur.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagesSchema;
import cruddur.messages.Participant;
import cruddur.testing.TestEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class SyntheticSeedTest {
  private final DynamoDbClient client = TestEngine.client();
  private final String table = TestEngine.uniqueTableName("synthetic");
  private final Participant andrew =
      new Participant(UUID.randomUUID(), "Andrew Brown", "andrewbrown");
  private final Participant bayko = new Participant(UUID.randomUUID(), "Andrew Bayko", "bayko");
  private final ConversationRepository conversations = new ConversationRepository(client, table);

  SyntheticSeedTest() {
    new MessagesSchema(client, table).createTable();
  }

  @Test
  void writesEveryMessageAndBothItemsOfEveryConversation() {
    AtomicLong reported = new AtomicLong();

    SyntheticSeed.Result result =
        new SyntheticSeed(client, table, clockAt("2026-11-26T10:00:00Z"), 3)
            .write(andrew, 130, 6, reported::addAndGet);

    assertThat(result.items()).isEqualTo(SyntheticSeed.itemCount(130, 6)).isEqualTo(142);
    assertThat(reported.get()).isEqualTo(142);
    List<Conversation> mine = conversations.list(andrew.uuid(), Optional.empty(), 50).items();
    assertThat(mine).hasSize(6);
    long messages =
        mine.stream()
            .mapToLong(
                c ->
                    new MessageRepository(client, table)
                        .page(c.groupUuid(), Optional.empty(), 50)
                        .items()
                        .size())
            .sum();
    assertThat(messages).isEqualTo(130);
  }

  @Test
  void neverOverwritesAConversationThatSitsAtTheSameTime() {
    Instant seededAt = Instant.parse("2026-11-26T10:00:00Z");
    // The sample conversation's items end up at one minute before its clock.
    new ConversationSeed(
            conversations, new MessageRepository(client, table), clockAt("2026-11-26T10:01:00Z"))
        .seed(andrew, bayko, List.of("hello", "hi"));
    Conversation seeded = conversations.list(andrew.uuid(), Optional.empty(), 1).items().get(0);
    assertThat(seeded.lastMessageAt()).isEqualTo(seededAt);

    // The newest synthetic conversation's last message falls on exactly that time.
    new SyntheticSeed(client, table, clockAt("2026-11-26T10:00:00Z"), 2)
        .write(andrew, 20, 4, n -> {});

    List<Conversation> mine = conversations.list(andrew.uuid(), Optional.empty(), 50).items();
    assertThat(mine).hasSize(5);
    assertThat(mine).anySatisfy(c -> assertThat(c.other().handle()).isEqualTo("bayko"));
  }

  private static Clock clockAt(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }
}
