package cruddur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.messages.ConversationRepository.Started;
import cruddur.testing.TestEngine;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-11-26T09:15:02.123456Z");
  private static final String NOW_SK = "2026-11-26T09:15:02.123456+00:00";

  private final String table = Fixtures.newTable();
  private final ConversationRepository conversations =
      new ConversationRepository(TestEngine.client(), table);
  private final MessageRepository messages = new MessageRepository(TestEngine.client(), table);
  private final Participant andrew = Fixtures.user("andrewbrown");
  private final Participant bayko = Fixtures.user("bayko");
  private final Participant londo = Fixtures.user("londo");

  private Started start(Participant me, Participant other, Instant at) {
    return conversations.start(me, other, "hi " + other.handle(), UUID.randomUUID(), at);
  }

  private Conversation only(Participant owner) {
    List<Conversation> items = conversations.list(owner.uuid(), Optional.empty(), 20).items();
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  @Test
  void startWritesBothParticipantsViewsAndTheFirstMessage() {
    UUID messageUuid = UUID.randomUUID();
    Started started = conversations.start(andrew, bayko, "hello bayko", messageUuid, NOW);

    assertThat(started.created()).isTrue();
    assertThat(only(andrew))
        .isEqualTo(
            new Conversation(
                andrew.uuid(), started.groupUuid(), NOW_SK, NOW, "hello bayko", bayko));
    assertThat(only(bayko))
        .isEqualTo(
            new Conversation(
                bayko.uuid(),
                started.groupUuid(),
                NOW_SK,
                NOW,
                "hello bayko",
                andrew,
                1,
                Conversation.NEVER_READ));
    assertThat(messages.page(started.groupUuid(), Optional.empty(), 20).items())
        .containsExactly(
            new Message(started.groupUuid(), messageUuid, NOW, NOW_SK, "hello bayko", andrew));
  }

  @Test
  void betweenFindsTheConversationFromEitherSideAndNothingForStrangers() {
    Started started = start(andrew, bayko, NOW);

    assertThat(conversations.between(andrew.uuid(), bayko.uuid())).contains(started.groupUuid());
    assertThat(conversations.between(bayko.uuid(), andrew.uuid())).contains(started.groupUuid());
    assertThat(conversations.between(andrew.uuid(), londo.uuid())).isEmpty();
  }

  @Test
  void startingTwiceReturnsTheSameConversationAndWritesNothing() {
    Started first = start(andrew, bayko, NOW);
    int items = Fixtures.scan(table).size();

    Started again = start(andrew, bayko, NOW.plusSeconds(1));
    Started reverse = start(bayko, andrew, NOW.plusSeconds(2));

    assertThat(again).isEqualTo(new Started(first.groupUuid(), false));
    assertThat(reverse).isEqualTo(new Started(first.groupUuid(), false));
    assertThat(Fixtures.scan(table)).hasSize(items);
  }

  @Test
  void racingStartsInBothDirectionsCreateOneConversation() throws Exception {
    List<Started> results =
        Fixtures.race(16, i -> i % 2 == 0 ? start(andrew, bayko, NOW) : start(bayko, andrew, NOW));

    assertThat(results).extracting(Started::groupUuid).containsOnly(results.get(0).groupUuid());
    assertThat(results).filteredOn(Started::created).hasSize(1);
    assertThat(Fixtures.count(table, "GRP#")).isEqualTo(2);
    assertThat(Fixtures.count(table, "PAIR#")).isEqualTo(1);
    assertThat(Fixtures.count(table, "MSG#")).isEqualTo(1);
  }

  @Test
  void startingAConversationWithYourselfIsRejected() {
    assertThatThrownBy(() -> start(andrew, andrew, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("themselves");
    assertThat(Fixtures.scan(table)).isEmpty();
  }

  @Test
  void startingWithAMessageIdAlreadyInUseIsAConflictAndWritesNothing() {
    UUID id = UUID.randomUUID();
    messages.send(UUID.randomUUID(), andrew, "elsewhere", id, NOW);
    int items = Fixtures.scan(table).size();
    assertThatThrownBy(() -> conversations.start(andrew, bayko, "hi", id, NOW))
        .isInstanceOf(MessageIdConflict.class);
    assertThat(Fixtures.scan(table)).hasSize(items);
  }

  @Test
  void conversationsStartedAtTheSameInstantKeepTheirOwnSortKeys() {
    start(andrew, bayko, NOW);
    start(andrew, londo, NOW);
    assertThat(conversations.list(andrew.uuid(), Optional.empty(), 20).items())
        .extracting(Conversation::sk)
        .containsExactly(Times.next(NOW_SK), NOW_SK);
  }

  @Test
  void membersAreTheTwoParticipantsViews() {
    UUID group = start(andrew, bayko, NOW).groupUuid();
    start(andrew, londo, NOW.plusSeconds(1));

    assertThat(conversations.members(group))
        .extracting(Conversation::ownerUuid)
        .containsExactlyInAnyOrder(andrew.uuid(), bayko.uuid());
    assertThat(conversations.isMember(group, bayko.uuid())).isTrue();
    assertThat(conversations.isMember(group, londo.uuid())).isFalse();
    assertThat(conversations.isMember(UUID.randomUUID(), andrew.uuid())).isFalse();
  }

  @Test
  void onlyConversationItemsReachTheGroupIndex() {
    UUID group = start(andrew, bayko, NOW).groupUuid();
    messages.send(group, bayko, "reply", UUID.randomUUID(), NOW.plusSeconds(1));

    assertThat(Fixtures.scan(table))
        .filteredOn(item -> item.containsKey("message_group_uuid"))
        .extracting(item -> item.get("pk").s())
        .allMatch(pk -> pk.startsWith("GRP#"))
        .hasSize(2);
  }

  @Test
  void listIsNewestFirstAndPagesBackWithACursor() {
    start(andrew, bayko, NOW);
    start(londo, andrew, NOW.plusSeconds(1));
    Participant g = Fixtures.user("g");
    start(andrew, g, NOW.plusSeconds(2));

    Page<Conversation> newest = conversations.list(andrew.uuid(), Optional.empty(), 2);
    Page<Conversation> older = conversations.list(andrew.uuid(), newest.olderCursor(), 2);

    assertThat(newest.items()).extracting(c -> c.other().handle()).containsExactly("g", "londo");
    assertThat(older.items()).extracting(c -> c.other().handle()).containsExactly("bayko");
    assertThat(older.olderCursor()).isEmpty();
  }

  @Test
  void moveToANewerMessageMovesTheItemAndKeepsTheOtherParticipant() {
    start(andrew, bayko, NOW);
    Conversation current = only(andrew);
    String newer = Times.format(NOW.plusSeconds(60));

    assertThat(conversations.moveTo(current, read(current, newer, "later"))).isTrue();

    assertThat(only(andrew))
        .isEqualTo(
            new Conversation(
                andrew.uuid(), current.groupUuid(), newer, Times.parse(newer), "later", bayko));
  }

  @Test
  void replayingAMoveChangesNothing() {
    start(andrew, bayko, NOW);
    Conversation current = only(andrew);
    String newer = Times.format(NOW.plusSeconds(60));
    conversations.moveTo(current, read(current, newer, "later"));
    Conversation moved = only(andrew);

    assertThat(conversations.moveTo(current, read(current, newer, "later"))).isFalse();
    assertThat(conversations.moveTo(moved, read(moved, newer, "later"))).isFalse();
    assertThat(only(andrew)).isEqualTo(moved);
  }

  @Test
  void anOlderMessageNeverMovesAConversationBack() {
    start(andrew, bayko, NOW);
    Conversation current = only(andrew);

    assertThat(
            conversations.moveTo(current, read(current, Times.format(NOW.minusSeconds(1)), "old")))
        .isFalse();
    assertThat(conversations.moveTo(current, read(current, "2026-11-26T09:15:02.123456", "same")))
        .isFalse();
    assertThat(only(andrew)).isEqualTo(current);
  }

  @Test
  void concurrentMovesToDifferentNewerMessagesLeaveOneItem() throws Exception {
    UUID group = start(andrew, bayko, NOW).groupUuid();
    Conversation current = viewOf(andrew, group);

    List<Boolean> moved =
        Fixtures.race(
            2,
            i ->
                conversations.moveTo(
                    current, read(current, Times.format(NOW.plusSeconds(1 + i)), "m" + i)));

    assertThat(moved).containsExactlyInAnyOrder(true, false);
    assertThat(only(andrew).lastMessage()).isEqualTo(moved.get(0) ? "m0" : "m1");
    assertThat(only(bayko).sk()).isEqualTo(NOW_SK);
  }

  @Test
  void moveIntoATimeAnotherConversationHoldsTakesTheNextMicrosecond() {
    UUID withBayko = start(andrew, bayko, NOW).groupUuid();
    start(andrew, londo, NOW.plusSeconds(5));
    String londoSk = Times.format(NOW.plusSeconds(5));

    Conversation current = viewOf(andrew, withBayko);

    assertThat(conversations.moveTo(current, read(current, londoSk, "same moment"))).isTrue();

    assertThat(conversations.list(andrew.uuid(), Optional.empty(), 20).items())
        .extracting(c -> c.other().handle() + " " + c.sk())
        .containsExactly("bayko " + Times.next(londoSk), "londo " + londoSk);
  }

  private static Conversation read(Conversation current, String sk, String message) {
    return current.movedTo(sk, message, 0, sk);
  }

  private Conversation viewOf(Participant owner, UUID group) {
    return conversations.members(group).stream()
        .filter(c -> c.ownerUuid().equals(owner.uuid()))
        .findFirst()
        .orElseThrow();
  }
}
