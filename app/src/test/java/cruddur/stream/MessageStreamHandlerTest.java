package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.messages.Conversation;
import cruddur.messages.Message;
import cruddur.messages.Participant;
import cruddur.messages.UnreadCounts;
import cruddur.testing.TestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MessageStreamHandlerTest {
  @TempDir Path dir;

  private final StreamFixture f = new StreamFixture();
  private final Participant andrew = StreamFixture.user("andrewbrown");
  private final Participant bayko = StreamFixture.user("bayko");
  private final Participant londo = StreamFixture.user("londo");

  private List<DynamodbEvent.DynamodbStreamRecord> newRecords() {
    return f.records(dir.resolve("tap.json"));
  }

  private StreamsEventResponse handle(List<DynamodbEvent.DynamodbStreamRecord> records) {
    return f.handler.apply(StreamFixture.event(records));
  }

  @Test
  void aBatchOfMessagesAcrossSeveralConversationsUpdatesEveryOne() {
    UUID withBayko = f.start(andrew, bayko, T0);
    UUID withLondo = f.start(andrew, londo, T0.plusSeconds(1));
    f.send(withBayko, bayko, "bayko 1", T0.plusSeconds(10));
    f.send(withLondo, londo, "londo 1", T0.plusSeconds(11));
    f.send(withBayko, andrew, "andrew 1", T0.plusSeconds(12));
    f.send(withLondo, londo, "londo 2", T0.plusSeconds(13));

    StreamsEventResponse response = handle(newRecords());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(f.viewOf(andrew, withBayko).lastMessage()).isEqualTo("andrew 1");
    assertThat(f.viewOf(bayko, withBayko).lastMessage()).isEqualTo("andrew 1");
    assertThat(f.viewOf(andrew, withLondo).lastMessage()).isEqualTo("londo 2");
    assertThat(f.viewOf(londo, withLondo).lastMessage()).isEqualTo("londo 2");
    assertThat(f.conversations.list(andrew.uuid(), java.util.Optional.empty(), 20).items())
        .extracting(c -> c.other().handle())
        .containsExactly("londo", "bayko");
  }

  @Test
  void unreadCountsFollowTheOtherParticipantsMessagesAndSendingReadsTheConversation() {
    UUID group = f.start(andrew, bayko, T0);
    f.send(group, andrew, "one", T0.plusSeconds(1));
    f.send(group, andrew, "two", T0.plusSeconds(2));
    handle(newRecords());
    Conversation baykoBefore = f.viewOf(bayko, group);

    f.send(group, bayko, "reply", T0.plusSeconds(3));
    handle(newRecords());

    assertThat(baykoBefore.unread()).isEqualTo(3);
    assertThat(f.viewOf(bayko, group).unread()).isZero();
    assertThat(f.viewOf(andrew, group).unread()).isEqualTo(1);
  }

  @Test
  void readingAConversationResetsItsUnreadCountUpToWhatWasShown() {
    UUID withBayko = f.start(bayko, andrew, T0);
    UUID withLondo = f.start(londo, andrew, T0.plusSeconds(1));
    f.send(withBayko, bayko, "one", T0.plusSeconds(2));
    Message shown = f.send(withBayko, bayko, "two", T0.plusSeconds(3));
    f.send(withBayko, bayko, "three", T0.plusSeconds(4));
    handle(newRecords());
    UnreadCounts unread = new UnreadCounts(f.conversations, f.messages);
    long before = unread.total(andrew.uuid());

    boolean marked = unread.markRead(andrew.uuid(), withBayko, shown.sk());

    assertThat(marked).isTrue();
    assertThat(before).isEqualTo(4 + 1);
    assertThat(f.viewOf(andrew, withBayko).unread()).isEqualTo(1);
    assertThat(unread.total(andrew.uuid())).isEqualTo(1 + 1);
    assertThat(f.viewOf(andrew, withLondo).unread()).isEqualTo(1);
  }

  @Test
  void aMessageReadBeforeTheProcessorAppliedItIsNotCountedUnread() {
    UUID group = f.start(bayko, andrew, T0);
    new UnreadCounts(f.conversations, f.messages)
        .markRead(
            andrew.uuid(), group, f.send(group, bayko, "seen at once", T0.plusSeconds(1)).sk());

    handle(newRecords());

    assertThat(f.viewOf(andrew, group).lastMessage()).isEqualTo("seen at once");
    assertThat(f.viewOf(andrew, group).unread()).isZero();
  }

  @Test
  void aConversationChangedByAnotherWriterBetweenBatchesIsReadAfreshNotOverwritten() {
    UUID group = f.start(bayko, andrew, T0);
    f.send(group, bayko, "one", T0.plusSeconds(1));
    handle(newRecords()); // the processor now remembers both items
    Message two = f.send(group, bayko, "two", T0.plusSeconds(2));
    new UnreadCounts(f.conversations, f.messages).markRead(andrew.uuid(), group, two.sk());
    f.send(group, bayko, "three", T0.plusSeconds(3));

    StreamsEventResponse response = handle(newRecords());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(f.viewOf(andrew, group).lastMessage()).isEqualTo("three");
    assertThat(f.viewOf(andrew, group).unread()).isEqualTo(1);
    assertThat(f.viewOf(andrew, group).readUpTo()).isEqualTo(two.sk());
  }

  @Test
  void replayingABatchChangesNothing() {
    UUID group = f.start(andrew, bayko, T0);
    f.send(group, andrew, "one", T0.plusSeconds(1));
    f.send(group, bayko, "two", T0.plusSeconds(2));
    f.send(group, andrew, "three", T0.plusSeconds(3));
    List<DynamodbEvent.DynamodbStreamRecord> batch = newRecords();
    handle(batch);
    var applied = f.conversationItems();

    StreamsEventResponse again = handle(batch);

    assertThat(again.getBatchItemFailures()).isEmpty();
    assertThat(f.conversationItems()).containsExactlyInAnyOrderElementsOf(applied);
  }

  @Test
  void anOlderRecordDeliveredAfterANewerOneChangesNothing() {
    UUID group = f.start(andrew, bayko, T0);
    f.send(group, andrew, "older", T0.plusSeconds(1));
    f.send(group, andrew, "newer", T0.plusSeconds(2));
    List<DynamodbEvent.DynamodbStreamRecord> inOrder = newRecords();
    List<DynamodbEvent.DynamodbStreamRecord> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);

    for (var record : reversed) {
      handle(List.of(record));
    }

    Conversation bayko = f.viewOf(this.bayko, group);
    assertThat(bayko.lastMessage()).isEqualTo("newer");
    assertThat(bayko.unread()).isEqualTo(3);
    assertThat(f.viewOf(andrew, group).lastMessage()).isEqualTo("newer");
  }

  @Test
  void aRecordThatCannotBeAppliedIsReportedAndTheRestApplied() {
    UUID group = f.start(andrew, bayko, T0);
    f.putMessageWithoutSender(group);
    f.send(group, bayko, "good", T0.plusSeconds(10));
    List<DynamodbEvent.DynamodbStreamRecord> batch = newRecords();
    String badSequence =
        batch.stream()
            .filter(r -> r.getDynamodb().getKeys().get("pk").getS().startsWith("MSG#"))
            .filter(r -> !r.getDynamodb().getNewImage().containsKey("message_uuid"))
            .findFirst()
            .orElseThrow()
            .getDynamodb()
            .getSequenceNumber();

    StreamsEventResponse response = handle(batch);

    assertThat(response.getBatchItemFailures())
        .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(badSequence);
    assertThat(f.viewOf(andrew, group).lastMessage()).isEqualTo("good");
  }

  @Test
  void removalsAndTheProcessorsOwnWritesAreIgnored() {
    UUID group = f.start(andrew, bayko, T0);
    Message sent = f.send(group, bayko, "to be removed", T0.plusSeconds(1));
    handle(newRecords()); // moves both conversation items: the processor's own writes
    var before = f.conversationItems();
    TestEngine.client()
        .deleteItem(
            d ->
                d.tableName(f.table)
                    .key(
                        Map.of(
                            "pk", AttributeValue.fromS("MSG#" + group),
                            "sk", AttributeValue.fromS(sent.sk()))));
    List<DynamodbEvent.DynamodbStreamRecord> later = newRecords();

    StreamsEventResponse response = handle(later);

    assertThat(later)
        .extracting(DynamodbEvent.DynamodbStreamRecord::getEventName)
        .contains("REMOVE", "INSERT")
        .doesNotContain("MODIFY");
    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(f.conversationItems()).containsExactlyInAnyOrderElementsOf(before);
  }
}
