package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageRepository;
import cruddur.messages.Participant;
import cruddur.messages.Times;
import cruddur.messages.UnreadCounts;
import cruddur.testing.TestEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unread counts end exact whatever order the stream delivers a conversation's messages in: a
 * message's sort key is its time when sent, taken before its write commits, so two senders' writes
 * can commit, and reach the stream, in the other order. The counts are held to {@link
 * UnreadDefinition}, worked out from what each test did.
 */
class UnreadCountsInAnyOrderTest {
  @TempDir Path dir;

  private final StreamFixture f = new StreamFixture();
  private final Participant andrew = StreamFixture.user("andrewbrown");
  private final Participant bayko = StreamFixture.user("bayko");
  private final Participant londo = StreamFixture.user("londo");
  private final UnreadCounts unread = new UnreadCounts(f.conversations, f.messages);

  @Test
  void theOwnersLatestMessageDeliveredAfterTheOtherParticipantsNewerOneStillReadsWhatCameBefore() {
    UnreadDefinition d = new UnreadDefinition();
    UUID group = start(bayko, andrew, T0, d);
    send(group, bayko, T0.plusSeconds(1), d);
    send(group, bayko, T0.plusSeconds(2), d);
    Message andrews = send(group, andrew, T0.plusSeconds(3), d);
    Message baykos = send(group, bayko, T0.plusSeconds(4), d);
    Map<String, DynamodbEvent.DynamodbStreamRecord> records = messageRecords(group);
    List<DynamodbEvent.DynamodbStreamRecord> inverted = new ArrayList<>(records.values());
    Collections.swap(
        inverted,
        List.copyOf(records.keySet()).indexOf(andrews.sk()),
        List.copyOf(records.keySet()).indexOf(baykos.sk()));

    for (var record : inverted) {
      assertThat(handle(f.handler, List.of(record)).getBatchItemFailures()).isEmpty();
    }

    assertThat(d.unread(andrew.uuid())).isEqualTo(1);
    assertExact(group, d, "the owner's latest delivered after the other's newer message");
  }

  @Test
  void everyDeliveryOrderOfBothSendersMessagesSingleOrInOneBatchEndsWithTheDefinedCounts() {
    List<List<Integer>> orders = permutations(List.of(0, 1, 2, 3));
    Map<String, List<Integer>> expected = new LinkedHashMap<>();
    Map<String, List<Integer>> actual = new LinkedHashMap<>();
    List<UUID> groups = new ArrayList<>();
    List<UnreadDefinition> definitions = new ArrayList<>();
    List<Participant[]> pairs = new ArrayList<>();
    for (int i = 0; i < 2 * orders.size(); i++) {
      // A pair has one conversation, so each order gets a pair of its own.
      Participant a = StreamFixture.user("a" + i);
      Participant b = StreamFixture.user("b" + i);
      UnreadDefinition d = new UnreadDefinition();
      UUID group = start(b, a, T0, d);
      for (int m = 1; m <= 4; m++) {
        send(group, m % 2 == 1 ? a : b, T0.plusSeconds(m), d);
      }
      groups.add(group);
      definitions.add(d);
      pairs.add(new Participant[] {a, b});
    }
    List<DynamodbEvent.DynamodbStreamRecord> all = f.records(dir.resolve("tap.json"));

    for (int i = 0; i < groups.size(); i++) {
      List<Integer> order = orders.get(i % orders.size());
      boolean oneBatch = i >= orders.size();
      List<DynamodbEvent.DynamodbStreamRecord> inOrder =
          List.copyOf(messageRecords(all, groups.get(i)).values());
      List<DynamodbEvent.DynamodbStreamRecord> delivered = new ArrayList<>();
      delivered.add(inOrder.get(0)); // the first message: its conversation starts with it
      order.forEach(m -> delivered.add(inOrder.get(1 + m)));
      if (oneBatch) {
        assertThat(handle(f.handler, delivered).getBatchItemFailures()).isEmpty();
      } else {
        delivered.forEach(
            r -> assertThat(handle(f.handler, List.of(r)).getBatchItemFailures()).isEmpty());
      }
      String name = order + (oneBatch ? " in one batch" : " one by one");
      UnreadDefinition d = definitions.get(i);
      Participant a = pairs.get(i)[0];
      Participant b = pairs.get(i)[1];
      expected.put(name, List.of(d.unread(a.uuid()), d.unread(b.uuid())));
      actual.put(
          name, List.of(f.viewOf(a, groups.get(i)).unread(), f.viewOf(b, groups.get(i)).unread()));
    }

    assertThat(actual).as("unread of a and b, by delivery order").isEqualTo(expected);
    for (int i = 0; i < groups.size(); i++) {
      assertExact(
          groups.get(i),
          definitions.get(i),
          "order " + orders.get(i % orders.size()),
          pairs.get(i));
    }
  }

  @Test
  void replayingWholeBatchesAndSingleRecordsAfterAnInversionKeepsTheCountsExact() {
    UnreadDefinition d = new UnreadDefinition();
    UUID group = start(andrew, bayko, T0, d);
    send(group, bayko, T0.plusSeconds(1), d);
    // Committed in this order, so the stream itself delivers both inverted.
    send(group, andrew, T0.plusSeconds(4), d);
    send(group, bayko, T0.plusSeconds(3), d);
    send(group, andrew, T0.plusSeconds(2), d);
    send(group, bayko, T0.plusSeconds(6), d);
    send(group, andrew, T0.plusSeconds(5), d);
    List<DynamodbEvent.DynamodbStreamRecord> batch = f.records(dir.resolve("tap.json"));
    handle(f.handler, batch);
    assertExact(group, d, "the batch once");
    var items = f.conversationItems();

    handle(f.handler, batch);
    assertExact(group, d, "the batch again");
    List<DynamodbEvent.DynamodbStreamRecord> reversed = new ArrayList<>(batch);
    Collections.reverse(reversed);
    for (var record : reversed) {
      assertThat(handle(f.handler, List.of(record)).getBatchItemFailures()).isEmpty();
      assertExact(group, d, "record " + record.getDynamodb().getKeys() + " again");
    }
    handle(freshHandler(), reversed);
    assertExact(group, d, "the batch reversed, by a handler that remembers nothing");

    assertThat(f.conversationItems()).containsExactlyInAnyOrderElementsOf(items);
  }

  @Test
  void aPollerRestartedMidStreamKeepsItsPositionsAndEndsWithExactCounts() {
    UnreadDefinition d = new UnreadDefinition();
    UUID group = start(bayko, andrew, T0, d);
    for (int i = 1; i <= 30; i += 3) {
      // andrew's message at i + 1 commits after bayko's at i + 2: every one of his arrives late.
      send(group, bayko, T0.plusSeconds(i), d);
      send(group, bayko, T0.plusSeconds(i + 2), d);
      send(group, andrew, T0.plusSeconds(i + 1), d);
    }
    Path positions = dir.resolve("positions.json");
    StreamPoller.Options small =
        new StreamPoller.Options(4, Duration.ofMillis(5), Duration.ZERO, 3);
    AtomicInteger batches = new AtomicInteger();
    List<String> crashedBatch = new ArrayList<>();
    Function<DynamodbEvent, StreamsEventResponse> crashing =
        event -> {
          StreamsEventResponse response = f.handler.apply(event);
          if (batches.incrementAndGet() == 3) {
            event.getRecords().forEach(r -> crashedBatch.add(r.getDynamodb().getSequenceNumber()));
            throw new Crash(); // applied, but its position not saved: as a kill -9 here
          }
          return response;
        };
    assertThatThrownBy(f.poller(crashing, positions, small)::drain).isInstanceOf(Crash.class);

    List<String> afterRestart = new ArrayList<>();
    MessageStreamHandler restarted = freshHandler();
    f.poller(
            event -> {
              event
                  .getRecords()
                  .forEach(r -> afterRestart.add(r.getDynamodb().getSequenceNumber()));
              return restarted.apply(event);
            },
            positions,
            small)
        .drain();

    assertThat(afterRestart).startsWith(crashedBatch.toArray(String[]::new));
    assertThat(d.unread(andrew.uuid())).isEqualTo(1);
    assertExact(group, d, "after the restart");
  }

  @Test
  void aMessageCommittedAfterAReadCountsUnreadOnlyIfItIsAfterTheReadPoint() {
    UnreadDefinition d = new UnreadDefinition();
    UUID group = start(bayko, andrew, T0, d);
    send(group, bayko, T0.plusSeconds(1), d);
    Message shown = send(group, bayko, T0.plusSeconds(3), d);
    handle(f.handler, f.records(dir.resolve("tap.json")));
    read(andrew, group, d);
    UUID another = start(londo, andrew, T0.plusSeconds(30), new UnreadDefinition());

    send(group, bayko, T0.plusSeconds(2), d); // its time taken before the read, its commit after
    send(group, bayko, T0.plusSeconds(4), d);
    handle(f.handler, f.records(dir.resolve("tap.json")));

    assertThat(f.viewOf(andrew, group).readUpTo()).isEqualTo(shown.sk());
    assertThat(d.unread(andrew.uuid())).isEqualTo(1);
    assertExact(group, d, "a late message before the read point, another after it");
    assertThat(unread.total(andrew.uuid())).isEqualTo(1 + f.viewOf(andrew, another).unread());
  }

  @Test
  void oneHundredTwentyMessagesCommittedAndDeliveredInShuffledOrderWithReadsEndExact() {
    long seed = Long.getLong("cruddur.test.seed", System.nanoTime());
    Random random = new Random(seed);
    String replay = "seed " + seed + " (-Dcruddur.test.seed=" + seed + " repeats the run)";
    UnreadDefinition d = new UnreadDefinition();
    UUID group = start(bayko, andrew, T0, d);
    List<Integer> commitOrder = locallyShuffled(120, 2 + random.nextInt(5), random);
    List<Participant> senders =
        IntStream.range(0, 120).mapToObj(i -> random.nextBoolean() ? andrew : bayko).toList();
    Path tap = dir.resolve("tap.json");
    List<DynamodbEvent.DynamodbStreamRecord> pending = new ArrayList<>();
    List<DynamodbEvent.DynamodbStreamRecord> delivered = new ArrayList<>();
    MessageStreamHandler handler = f.handler;
    int committed = 0;
    // Six rounds of 20 commits; after each, everything delivered and the counts checked.
    for (int settled = 20; settled <= commitOrder.size(); settled += 20) {
      while (committed < settled) {
        int action = random.nextInt(12);
        if (action < 5) {
          for (int n = 1 + random.nextInt(4); n > 0 && committed < settled; n--) {
            int m = commitOrder.get(committed++);
            send(group, senders.get(m), T0.plusMillis(10L * (m + 1)), d);
          }
        } else if (action < 8) {
          pending.addAll(f.records(tap));
          deliverSome(handler, pending, delivered, random, replay);
        } else if (action < 10) {
          read(random.nextBoolean() ? andrew : bayko, group, d);
        } else if (action < 11 && !delivered.isEmpty()) {
          List<DynamodbEvent.DynamodbStreamRecord> again = new ArrayList<>(delivered);
          Collections.shuffle(again, random);
          var replayed = again.subList(0, 1 + random.nextInt(again.size()));
          assertThat(handle(handler, replayed).getBatchItemFailures()).as(replay).isEmpty();
        } else {
          handler = freshHandler(); // a restart: nothing remembered
        }
      }
      pending.addAll(f.records(tap));
      while (!pending.isEmpty()) {
        deliverSome(handler, pending, delivered, random, replay);
      }

      assertExact(group, d, replay + ", " + committed + " messages committed");
    }
    assertThat(unread.total(andrew.uuid()) + unread.total(bayko.uuid()))
        .as(replay)
        .isEqualTo(d.unread(andrew.uuid()) + d.unread(bayko.uuid()));
  }

  /** Hands a random part of the pending records over, in random order, in one or many batches. */
  private void deliverSome(
      MessageStreamHandler handler,
      List<DynamodbEvent.DynamodbStreamRecord> pending,
      List<DynamodbEvent.DynamodbStreamRecord> delivered,
      Random random,
      String replay) {
    if (pending.isEmpty()) {
      return;
    }
    Collections.shuffle(pending, random);
    List<DynamodbEvent.DynamodbStreamRecord> some =
        new ArrayList<>(pending.subList(0, 1 + random.nextInt(pending.size())));
    pending.subList(0, some.size()).clear();
    List<List<DynamodbEvent.DynamodbStreamRecord>> batches =
        random.nextBoolean() ? List.of(some) : some.stream().map(List::of).toList();
    for (var batch : batches) {
      assertThat(handle(handler, batch).getBatchItemFailures()).as(replay).isEmpty();
    }
    delivered.addAll(some);
  }

  /**
   * What the API does when {@code reader} opens the conversation: reads up to its newest message.
   */
  private void read(Participant reader, UUID group, UnreadDefinition d) {
    List<Message> newest = f.messages.page(group, Optional.empty(), 1).items();
    String upTo = newest.get(newest.size() - 1).sk();
    assertThat(unread.markRead(reader.uuid(), group, upTo)).isTrue();
    d.read(reader.uuid(), upTo);
  }

  private void assertExact(UUID group, UnreadDefinition d, String when) {
    assertExact(group, d, when, andrew, bayko);
  }

  private void assertExact(UUID group, UnreadDefinition d, String when, Participant... owners) {
    for (Participant owner : owners) {
      Conversation c = f.viewOf(owner, group);
      assertThat(c.unread())
          .as("%s: unread count of %s", when, owner.handle())
          .isEqualTo(d.unread(owner.uuid()));
      assertThat(Times.parse(c.readUpTo()))
          .as("%s: read point of %s", when, owner.handle())
          .isEqualTo(d.readPoint(owner.uuid()));
      assertThat(c.lastMessage())
          .as("%s: last message of %s", when, owner.handle())
          .isEqualTo(d.newest().text());
    }
  }

  private UUID start(Participant me, Participant other, Instant at, UnreadDefinition d) {
    var started = f.conversations.start(me, other, "hi " + other.handle(), UUID.randomUUID(), at);
    assertThat(started.created()).as("a new pair's conversation").isTrue();
    d.sent(f.messages.page(started.groupUuid(), Optional.empty(), 1).items().get(0));
    return started.groupUuid();
  }

  private Message send(UUID group, Participant sender, Instant at, UnreadDefinition d) {
    Message sent = f.send(group, sender, sender.handle() + " at " + at, at);
    assertThat(sent.sk()).isEqualTo(Times.format(at));
    d.sent(sent);
    return sent;
  }

  private StreamsEventResponse handle(
      MessageStreamHandler handler, List<DynamodbEvent.DynamodbStreamRecord> records) {
    return handler.apply(StreamFixture.event(records));
  }

  /** The same handler as a newly started host has it: on the same table, remembering nothing. */
  private MessageStreamHandler freshHandler() {
    return new MessageStreamHandler(
        new ConversationUpdater(
            new ConversationRepository(TestEngine.client(), f.table),
            new MessageRepository(TestEngine.client(), f.table)));
  }

  private Map<String, DynamodbEvent.DynamodbStreamRecord> messageRecords(UUID group) {
    return messageRecords(f.records(dir.resolve("tap.json")), group);
  }

  /** The inserts of a group's messages, in time (sort key) order, by sort key. */
  private static Map<String, DynamodbEvent.DynamodbStreamRecord> messageRecords(
      List<DynamodbEvent.DynamodbStreamRecord> records, UUID group) {
    Map<String, DynamodbEvent.DynamodbStreamRecord> bySk = new LinkedHashMap<>();
    records.stream()
        .filter(r -> "INSERT".equals(r.getEventName()))
        .filter(r -> r.getDynamodb().getKeys().get("pk").getS().equals("MSG#" + group))
        .sorted(Comparator.comparing(r -> r.getDynamodb().getKeys().get("sk").getS()))
        .forEach(r -> bySk.put(r.getDynamodb().getKeys().get("sk").getS(), r));
    return bySk;
  }

  /** 0 .. n-1, each moved up to {@code reach} places from where it was: how commits overtake. */
  private static List<Integer> locallyShuffled(int n, int reach, Random random) {
    double[] keys =
        IntStream.range(0, n).mapToDouble(i -> i + random.nextDouble() * reach).toArray();
    return IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> keys[i])).toList();
  }

  private static List<List<Integer>> permutations(List<Integer> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Integer>> all = new ArrayList<>();
    for (Integer first : items) {
      List<Integer> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<Integer> tail : permutations(rest)) {
        List<Integer> p = new ArrayList<>();
        p.add(first);
        p.addAll(tail);
        all.add(p);
      }
    }
    return all;
  }

  /** Stands for the process dying mid-batch. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }
}
