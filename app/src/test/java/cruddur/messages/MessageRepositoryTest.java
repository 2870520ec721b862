package cruddur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.testing.TestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

class MessageRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:15:02.123456789Z");

  private final String table = Fixtures.newTable();
  private final MessageRepository messages = new MessageRepository(TestEngine.client(), table);
  private final UUID group = UUID.randomUUID();
  private final Participant andrew = Fixtures.user("andrewbrown");
  private final Participant bayko = Fixtures.user("bayko");

  private Message send(String text, Instant at) {
    return messages.send(group, andrew, text, UUID.randomUUID(), at);
  }

  @Test
  void sentMessageIsStoredAtItsTimeInTheFixedFormAndReadsBackEqual() {
    Message sent = send("hello", NOW);
    assertThat(sent.sk()).isEqualTo("2026-11-26T09:15:02.123456+00:00");
    assertThat(messages.page(group, Optional.empty(), 20).items()).containsExactly(sent);
  }

  @Test
  void pagesWalkBackThroughEveryMessageAcrossAYearBoundary() {
    Instant first = Instant.parse("2025-12-31T23:40:00Z");
    List<Message> sent = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      sent.add(send("line " + i, first.plus(Duration.ofMinutes(i))));
    }
    assertThat(sent.get(44).sk()).startsWith("2026-01-01");

    Page<Message> newest = messages.page(group, Optional.empty(), 20);
    Page<Message> middle = messages.page(group, newest.olderCursor(), 20);
    Page<Message> oldest = messages.page(group, middle.olderCursor(), 20);

    assertThat(newest.items()).containsExactlyElementsOf(sent.subList(25, 45));
    assertThat(middle.items()).containsExactlyElementsOf(sent.subList(5, 25));
    assertThat(oldest.items()).containsExactlyElementsOf(sent.subList(0, 5));
    assertThat(oldest.olderCursor()).isEmpty();
  }

  @Test
  void countingUnreadMessagesReadsOnlyTheMessagesBetweenTheTwoTimes() {
    Message readUpTo = send("read", NOW);
    List<Message> between = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      between.add(
          messages.send(group, bayko, "unread " + i, UUID.randomUUID(), NOW.plusSeconds(i)));
    }
    send("mine, in between", NOW.plusSeconds(4));
    Message upTo = messages.send(group, bayko, "last", UUID.randomUUID(), NOW.plusSeconds(5));
    for (int i = 0; i < 200; i++) {
      send("later " + i, NOW.plusSeconds(60 + i)); // not yet applied to the conversation items
    }
    AtomicLong scanned = new AtomicLong();
    try (DynamoDbClient counting =
        TestEngine.clientFor(TestEngine.endpoint())
            .overrideConfiguration(
                o ->
                    o.addExecutionInterceptor(
                        new ExecutionInterceptor() {
                          @Override
                          public void afterUnmarshalling(
                              Context.AfterUnmarshalling context, ExecutionAttributes attributes) {
                            if (context.response() instanceof QueryResponse query) {
                              scanned.addAndGet(query.scannedCount());
                            }
                          }
                        }))
            .build()) {

      int unread =
          new MessageRepository(counting, table)
              .countUnread(group, andrew.uuid(), readUpTo.sk(), upTo.sk());

      assertThat(unread).isEqualTo(between.size() + 1);
      assertThat(scanned.get()).as("items the Query read").isLessThanOrEqualTo(1 + 5);
    }
  }

  @Test
  void emptyConversationHasAnEmptyPageAndNoCursor() {
    Page<Message> page = messages.page(group, Optional.empty(), 20);
    assertThat(page.items()).isEmpty();
    assertThat(page.olderCursor()).isEmpty();
  }

  @Test
  void cursorIsUrlSafe() {
    for (int i = 0; i < 3; i++) {
      send("line " + i, NOW.plusSeconds(i));
    }
    assertThat(messages.page(group, Optional.empty(), 2).olderCursor())
        .hasValueSatisfying(c -> assertThat(c).matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void malformedCursorIsRejectedWithAClearMessage() {
    for (String cursor : List.of("not base64!", "aGVsbG8", "")) {
      assertThatThrownBy(() -> messages.page(group, Optional.of(cursor), 20))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("malformed page cursor");
    }
  }

  @Test
  void limitBelowOneIsRejected() {
    assertThatThrownBy(() -> messages.page(group, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void secondMessageAtTheSameInstantTakesTheNextMicrosecond() {
    Message first = send("one", NOW);
    Message second = send("two", NOW);
    assertThat(second.sk()).isEqualTo(Times.next(first.sk()));
    assertThat(messages.page(group, Optional.empty(), 20).items()).containsExactly(first, second);
  }

  @Test
  void fiftyConcurrentSendsAtTheSameInstantAllGetTheirOwnSortKey() throws Exception {
    List<Message> sent = Fixtures.race(50, i -> send("line " + i, NOW));
    assertThat(sent).extracting(Message::sk).doesNotHaveDuplicates();
    assertThat(messages.page(group, Optional.empty(), 50).items())
        .hasSize(50)
        .containsExactlyInAnyOrderElementsOf(sent);
  }

  @Test
  void sendingTheSameIdAgainReturnsTheStoredMessageAndWritesNothing() {
    UUID id = UUID.randomUUID();
    Message first = messages.send(group, andrew, "hello", id, NOW);
    for (int i = 1; i < 5; i++) {
      assertThat(messages.send(group, andrew, "hello", id, NOW.plusSeconds(i))).isEqualTo(first);
    }
    assertThat(messages.page(group, Optional.empty(), 20).items()).containsExactly(first);
    assertThat(Fixtures.count(table, "MSGID#")).isEqualTo(1);
  }

  @Test
  void concurrentRetriesOfOneIdCreateExactlyOneMessage() throws Exception {
    UUID id = UUID.randomUUID();
    List<Message> results =
        Fixtures.race(5, i -> messages.send(group, andrew, "hello", id, NOW.plusMillis(i)));
    List<Message> stored = messages.page(group, Optional.empty(), 20).items();
    assertThat(stored).hasSize(1);
    assertThat(results).containsOnly(stored.get(0));
  }

  @Test
  void reusingAnIdInAnotherConversationIsAConflict() {
    UUID id = UUID.randomUUID();
    messages.send(group, andrew, "hello", id, NOW);
    assertThatThrownBy(() -> messages.send(UUID.randomUUID(), andrew, "hello", id, NOW))
        .isInstanceOf(MessageIdConflict.class)
        .hasMessageContaining(id.toString());
  }

  @Test
  void reusingAnIdAsAnotherSenderIsAConflict() {
    UUID id = UUID.randomUUID();
    messages.send(group, andrew, "hello", id, NOW);
    assertThatThrownBy(() -> messages.send(group, bayko, "hello", id, NOW))
        .isInstanceOf(MessageIdConflict.class);
  }
}
