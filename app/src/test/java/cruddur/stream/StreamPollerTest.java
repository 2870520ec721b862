package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.messages.Conversation;
import cruddur.messages.MessageItems;
import cruddur.messages.Participant;
import cruddur.testing.TestEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamPollerTest {
  @TempDir Path dir;

  private final StreamFixture f = new StreamFixture();
  private final Participant andrew = StreamFixture.user("andrewbrown");
  private final Participant bayko = StreamFixture.user("bayko");
  private final Participant londo = StreamFixture.user("londo");

  private Path positions() {
    return dir.resolve("positions.json");
  }

  /** The real handler, remembering the sequence number of every record it is handed. */
  private Function<DynamodbEvent, StreamsEventResponse> recording(List<String> sequences) {
    return event -> {
      event.getRecords().forEach(r -> sequences.add(r.getDynamodb().getSequenceNumber()));
      return f.handler.apply(event);
    };
  }

  @Test
  void runningInTheBackgroundItKeepsBothParticipantsConversationsCurrent() throws Exception {
    UUID group = f.start(andrew, bayko, T0);
    try (StreamPoller poller = f.poller(f.handler, positions(), StreamFixture.FAST)) {
      poller.start();

      f.send(group, bayko, "live", T0.plusSeconds(5));

      awaitLastMessage(andrew, group, "live");
      awaitLastMessage(bayko, group, "live");
    }
  }

  @Test
  void killedMidStreamAndRestartedItLosesNothingAndAppliesNothingTwice() {
    UUID withBayko = f.start(andrew, bayko, T0);
    UUID withLondo = f.start(londo, andrew, T0);
    for (int i = 1; i <= 30; i++) {
      UUID group = i % 2 == 0 ? withBayko : withLondo;
      Participant sender = i % 3 == 0 ? andrew : (i % 2 == 0 ? bayko : londo);
      f.send(group, sender, "message " + i, T0.plusSeconds(i));
    }
    List<String> first = new ArrayList<>();
    AtomicInteger batches = new AtomicInteger();
    StreamPoller.Options small =
        new StreamPoller.Options(7, Duration.ofMillis(5), Duration.ZERO, 3);
    Function<DynamodbEvent, StreamsEventResponse> crashing =
        event -> {
          StreamsEventResponse response = recording(first).apply(event);
          if (batches.incrementAndGet() == 3) {
            throw new Crash(); // applied, but the position is not saved: as a kill -9 here
          }
          return response;
        };
    StreamPoller doomed = f.poller(crashing, positions(), small);
    assertThatThrownBy(doomed::drain).isInstanceOf(Crash.class);

    List<String> second = new ArrayList<>();
    f.poller(recording(second), positions(), small).drain();

    List<String> all =
        f.records(dir.resolve("tap.json")).stream()
            .map(r -> r.getDynamodb().getSequenceNumber())
            .toList();
    assertThat(second).doesNotContainAnyElementsOf(first.subList(0, 14));
    assertThat(concat(first.subList(0, 14), second)).containsExactlyElementsOf(all);
    assertThat(f.viewOf(andrew, withBayko).lastMessage()).isEqualTo("message 30");
    assertThat(f.viewOf(bayko, withBayko).unread()).isEqualTo(unreadOf(bayko, withBayko));
    assertThat(f.viewOf(andrew, withLondo).lastMessage()).isEqualTo("message 29");
    assertThat(f.viewOf(andrew, withLondo).unread()).isEqualTo(unreadOf(andrew, withLondo));
  }

  @Test
  void aRecordThatKeepsFailingIsRetriedABoundedNumberOfTimesThenSkipped() {
    UUID group = f.start(andrew, bayko, T0);
    String poisonSk = f.putMessageWithoutSender(group);
    f.send(group, bayko, "after the poison", T0.plusSeconds(10));
    List<String> handed = new ArrayList<>();

    f.poller(recording(handed), positions(), StreamFixture.FAST).drain();

    String poisonSequence =
        f.records(dir.resolve("tap.json")).stream()
            .filter(r -> r.getDynamodb().getKeys().get("sk").getS().equals(poisonSk))
            .findFirst()
            .orElseThrow()
            .getDynamodb()
            .getSequenceNumber();
    assertThat(f.viewOf(andrew, group).lastMessage()).isEqualTo("after the poison");
    assertThat(f.viewOf(andrew, group).unread()).isEqualTo(1);
    assertThat(handed.stream().filter(s -> s.equals(poisonSequence)).count())
        .isEqualTo(StreamFixture.FAST.maxAttempts());
  }

  @Test
  void aRecordReportedFailedIsHandedOverAgainUntilItApplies() {
    UUID group = UUID.randomUUID();
    f.send(group, bayko, "before its conversation items exist", T0.plusSeconds(1));
    AtomicInteger calls = new AtomicInteger();
    Function<DynamodbEvent, StreamsEventResponse> handler =
        event -> {
          if (calls.incrementAndGet() == 2) {
            // The conversation items appear late, as through a lagging index on DynamoDB.
            for (Participant[] pair : new Participant[][] {{andrew, bayko}, {bayko, andrew}}) {
              TestEngine.client()
                  .putItem(
                      p ->
                          p.tableName(f.table)
                              .item(
                                  MessageItems.of(
                                      new Conversation(
                                          pair[0].uuid(),
                                          group,
                                          "2026-11-26T09:00:00.000000+00:00",
                                          T0,
                                          "first",
                                          pair[1]))));
            }
          }
          return f.handler.apply(event);
        };

    f.poller(handler, positions(), StreamFixture.FAST).drain();

    assertThat(calls.get()).isGreaterThanOrEqualTo(2);
    assertThat(f.viewOf(andrew, group).lastMessage())
        .isEqualTo("before its conversation items exist");
    assertThat(f.viewOf(andrew, group).unread()).isEqualTo(1);
  }

  private int unreadOf(Participant reader, UUID group) {
    Conversation c = f.viewOf(reader, group);
    return f.messages.countUnread(group, reader.uuid(), c.readUpTo(), c.sk());
  }

  private void awaitLastMessage(Participant owner, UUID group, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!f.viewOf(owner, group).lastMessage().equals(text)) {
      assertThat(System.nanoTime())
          .as("waiting for the conversation to update")
          .isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Stands for the process dying mid-batch. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
