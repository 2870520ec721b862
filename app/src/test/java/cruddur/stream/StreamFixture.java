package cruddur.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagesSchema;
import cruddur.messages.Participant;
import cruddur.testing.TestEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A messages table of its own on the test engine, its repositories, the real handler, and pollers
 * on its stream: what the stream processor tests build on.
 */
final class StreamFixture {
  static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  static final StreamPoller.Options FAST =
      new StreamPoller.Options(100, Duration.ofMillis(5), Duration.ofMillis(50), 3);

  final String table = TestEngine.uniqueTableName("stream");
  final ConversationRepository conversations =
      new ConversationRepository(TestEngine.client(), table);
  final MessageRepository messages = new MessageRepository(TestEngine.client(), table);
  final MessageStreamHandler handler =
      new MessageStreamHandler(new ConversationUpdater(conversations, messages));

  StreamFixture() {
    new MessagesSchema(TestEngine.client(), table).createTable();
  }

  static Participant user(String handle) {
    return new Participant(UUID.randomUUID(), "User " + handle, handle);
  }

  UUID start(Participant me, Participant other, Instant at) {
    return conversations
        .start(me, other, "hi " + other.handle(), UUID.randomUUID(), at)
        .groupUuid();
  }

  Message send(UUID group, Participant sender, String text, Instant at) {
    return messages.send(group, sender, text, UUID.randomUUID(), at);
  }

  /**
   * Writes a message item the handler cannot read (no sender, no message id) into the group, and
   * returns its sort key.
   */
  String putMessageWithoutSender(UUID group) {
    String sk = "2026-11-26T09:00:05.000000+00:00";
    TestEngine.client()
        .putItem(
            p ->
                p.tableName(table)
                    .item(
                        Map.of(
                            "pk", AttributeValue.fromS("MSG#" + group),
                            "sk", AttributeValue.fromS(sk),
                            "message", AttributeValue.fromS("no sender, no id"))));
    return sk;
  }

  Conversation viewOf(Participant owner, UUID group) {
    return conversations.find(owner.uuid(), group).orElseThrow();
  }

  /** Every conversation item of the table, by owner: what the processor changes. */
  List<Map<String, AttributeValue>> conversationItems() {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    TestEngine.client()
        .scanPaginator(s -> s.tableName(table).consistentRead(true))
        .items()
        .forEach(
            item -> {
              if (item.get("pk").s().startsWith("GRP#")) {
                items.add(item);
              }
            });
    return items;
  }

  StreamPoller poller(
      Function<DynamodbEvent, StreamsEventResponse> handler,
      Path positions,
      StreamPoller.Options options) {
    return new StreamPoller(TestEngine.streams(), table, handler, positions, options);
  }

  /**
   * Every record the stream holds now, in Lambda's shape, read without applying any of them: a
   * poller whose handler only records.
   */
  List<DynamodbEvent.DynamodbStreamRecord> records(Path positions) {
    List<DynamodbEvent.DynamodbStreamRecord> seen = new ArrayList<>();
    try (StreamPoller tap =
        poller(
            event -> {
              seen.addAll(event.getRecords());
              return new StreamsEventResponse(List.of());
            },
            positions,
            FAST)) {
      tap.drain();
    }
    return seen;
  }

  static DynamodbEvent event(List<DynamodbEvent.DynamodbStreamRecord> records) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(new ArrayList<>(records));
    return event;
  }
}
