package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.Participant;
import cruddur.messages.UnreadCounts;
import cruddur.testing.TestEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The handler telling of read points that moved, from the real stream of the test engine. */
class ReadPointsTest {
  @TempDir Path dir;

  private final StreamFixture f = new StreamFixture();
  private final Participant andrew = StreamFixture.user("andrewbrown");
  private final Participant bayko = StreamFixture.user("bayko");
  private final List<ReadPointMoved> told = new CopyOnWriteArrayList<>();
  private final UUID group = f.start(andrew, bayko, T0);
  private final Message latest = f.send(group, andrew, "are you there?", T0.plusSeconds(1));

  private List<DynamodbEvent.DynamodbStreamRecord> newRecords() {
    return f.records(dir.resolve("tap.json"));
  }

  private StreamsEventResponse handle(
      ConversationRepository lookups, List<DynamodbEvent.DynamodbStreamRecord> records) {
    MessageStreamHandler handler =
        new MessageStreamHandler(
            new ConversationUpdater(f.conversations, f.messages),
            new ReadPoints(lookups, told::add));
    return handler.apply(StreamFixture.event(records));
  }

  private void baykoReads() {
    new UnreadCounts(f.conversations, f.messages).markRead(bayko.uuid(), group, latest.sk());
  }

  @Test
  void readingTellsWhoReadHowFarAndTheOtherParticipant() {
    handle(f.conversations, newRecords());
    baykoReads();

    StreamsEventResponse response = handle(f.conversations, newRecords());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(told).containsExactly(new ReadPointMoved(group, bayko, andrew.uuid(), latest.sk()));
  }

  @Test
  void aChangeThatLeavesTheReadPointTellsNothing() {
    handle(f.conversations, newRecords());
    baykoReads();
    handle(f.conversations, newRecords());
    told.clear();
    f.conversations.updateReadState(f.viewOf(bayko, group), 5, latest.sk());
    List<DynamodbEvent.DynamodbStreamRecord> records = newRecords();

    handle(f.conversations, records);

    assertThat(records)
        .extracting(DynamodbEvent.DynamodbStreamRecord::getEventName)
        .containsExactly("MODIFY");
    assertThat(told).isEmpty();
  }

  @Test
  void aReadPointWhoseReaderCannotBeLookedUpIsReportedForAnotherTry() {
    handle(f.conversations, newRecords());
    baykoReads();
    List<DynamodbEvent.DynamodbStreamRecord> records = newRecords();
    ConversationRepository unreachable =
        new ConversationRepository(TestEngine.client(), TestEngine.uniqueTableName("missing"));

    StreamsEventResponse response = handle(unreachable, records);

    assertThat(response.getBatchItemFailures())
        .extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
        .containsExactly(
            records.stream()
                .filter(r -> r.getEventName().equals("MODIFY"))
                .findFirst()
                .orElseThrow()
                .getDynamodb()
                .getSequenceNumber());
    assertThat(told).isEmpty();
  }

  @Test
  void aReadPointWhoseOtherParticipantsItemIsGoneIsNotToldNorRetried() {
    handle(f.conversations, newRecords());
    baykoReads();
    String andrewsSk = f.viewOf(andrew, group).sk();
    TestEngine.client()
        .deleteItem(
            d ->
                d.tableName(f.table)
                    .key(
                        Map.of(
                            "pk", AttributeValue.fromS("GRP#" + andrew.uuid()),
                            "sk", AttributeValue.fromS(andrewsSk))));

    StreamsEventResponse response = handle(f.conversations, newRecords());

    assertThat(response.getBatchItemFailures()).isEmpty();
    assertThat(told).isEmpty();
  }
}
