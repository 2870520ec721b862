package cruddur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.Participant;
import cruddur.testing.TestEngine;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StreamProcessorCommandTest {
  private final Cli cli = new Cli();

  @Test
  void streamProcessorKeepsConversationsCurrentUntilStoppedAndKeepsItsPosition() throws Exception {
    cli.ok("ddb", "schema-load");
    ConversationRepository conversations =
        new ConversationRepository(TestEngine.client(), cli.table());
    Participant andrew = new Participant(UUID.randomUUID(), "Andrew", "andrewbrown");
    Participant bayko = new Participant(UUID.randomUUID(), "Bayko", "bayko");
    Instant t0 = Instant.parse("2026-11-26T09:00:00Z");
    UUID group = conversations.start(andrew, bayko, "hi", UUID.randomUUID(), t0).groupUuid();
    AtomicReference<Cli.Result> result = new AtomicReference<>();
    Thread processor = new Thread(() -> result.set(cli.run("stream-processor")));
    processor.start();

    new MessageRepository(TestEngine.client(), cli.table())
        .send(group, bayko, "processed", UUID.randomUUID(), t0.plusSeconds(5));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Conversation andrews = conversations.find(andrew.uuid(), group).orElseThrow();
    while (!andrews.lastMessage().equals("processed") && System.nanoTime() < deadline) {
      Thread.sleep(10);
      andrews = conversations.find(andrew.uuid(), group).orElseThrow();
    }
    processor.interrupt();
    processor.join(10_000);

    assertThat(andrews.lastMessage()).isEqualTo("processed");
    assertThat(andrews.unread()).isEqualTo(1);
    assertThat(result.get().code()).isZero();
    assertThat(result.get().out()).contains("Following the stream of " + cli.table());
    assertThat(Files.readString(cli.dataDir().resolve("stream-positions.json")))
        .contains(cli.table());
  }
}
