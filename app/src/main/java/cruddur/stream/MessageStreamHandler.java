package cruddur.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageItems;
import cruddur.messages.MessageRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The stream processor's handler, the same in both hosts (Lambda, and the local {@link
 * StreamPoller}): every record of a batch is looked at; new message items are applied to their
 * conversations; where it was given {@link ReadPoints} (the local host, which feeds the pages' live
 * updates), conversation items whose read point moved are told of, after the batch's messages are
 * applied; everything else (conversation items, which are mostly this handler's own writes, other
 * item kinds, changes and removals) is ignored. A record that cannot be applied or told of is
 * reported in {@code batchItemFailures} by its sequence number while the rest of the batch is
 * handled, so that the host retries it (and, as Lambda does, the records after it: applying one
 * again changes nothing; telling again tells twice, which a listener re-fetching takes in stride).
 */
public final class MessageStreamHandler implements Function<DynamodbEvent, StreamsEventResponse> {
  private static final Logger LOG = LoggerFactory.getLogger(MessageStreamHandler.class);
  private static final String MESSAGES_PREFIX = "MSG#";

  private final ConversationUpdater updater;
  private final Optional<ReadPoints> readPoints;

  public MessageStreamHandler(ConversationUpdater updater) {
    this.updater = updater;
    this.readPoints = Optional.empty();
  }

  /** One that also tells {@code readPoints} of each read point a MODIFY moved. */
  public MessageStreamHandler(ConversationUpdater updater, ReadPoints readPoints) {
    this.updater = updater;
    this.readPoints = Optional.of(readPoints);
  }

  /**
   * The handler of a messages table, telling {@code changed} of each conversation item it updates:
   * how every host builds it.
   */
  public static MessageStreamHandler forTable(
      DynamoDbClient client, String table, Consumer<Conversation> changed) {
    return new MessageStreamHandler(
        new ConversationUpdater(
            new ConversationRepository(client, table),
            new MessageRepository(client, table),
            changed));
  }

  /**
   * The handler of a messages table, telling {@code changed} of each conversation item it updates
   * and {@code read} of each read point that moves: how the local host of the pages builds it.
   */
  public static MessageStreamHandler forTable(
      DynamoDbClient client,
      String table,
      Consumer<Conversation> changed,
      Consumer<ReadPointMoved> read) {
    ConversationRepository conversations = new ConversationRepository(client, table);
    return new MessageStreamHandler(
        new ConversationUpdater(conversations, new MessageRepository(client, table), changed),
        new ReadPoints(conversations, read));
  }

  @Override
  public StreamsEventResponse apply(DynamodbEvent event) {
    List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
    List<DynamodbEvent.DynamodbStreamRecord> records =
        event.getRecords() == null ? List.of() : event.getRecords();
    // A conversation's new messages, in the order written, are applied together: only the newest
    // moves its items, however many the batch holds.
    Map<UUID, List<Message>> byGroup = new LinkedHashMap<>();
    Map<UUID, List<String>> sequences = new HashMap<>();
    Map<String, Conversation> readMoves = new LinkedHashMap<>();
    for (DynamodbEvent.DynamodbStreamRecord record : records) {
      if (readPoints.isPresent()) {
        ReadPoints.moved(record).ifPresent(c -> readMoves.put(sequence(record), c));
      }
      try {
        newMessage(record)
            .ifPresent(
                m -> {
                  byGroup.computeIfAbsent(m.groupUuid(), g -> new ArrayList<>()).add(m);
                  sequences
                      .computeIfAbsent(m.groupUuid(), g -> new ArrayList<>())
                      .add(sequence(record));
                });
      } catch (RuntimeException e) {
        LOG.warn("stream record {} not applied: {}", sequence(record), e.toString());
        failures.add(new StreamsEventResponse.BatchItemFailure(sequence(record)));
      }
    }
    byGroup.forEach(
        (group, messages) -> {
          try {
            updater.apply(messages);
          } catch (RuntimeException e) {
            LOG.warn(
                "stream records {} of conversation {} not applied: {}",
                sequences.get(group),
                group,
                e.toString());
            sequences
                .get(group)
                .forEach(s -> failures.add(new StreamsEventResponse.BatchItemFailure(s)));
          }
        });
    readMoves.forEach(
        (sequence, item) -> {
          try {
            readPoints.get().tell(item);
          } catch (RuntimeException e) {
            LOG.warn("read point of stream record {} not told: {}", sequence, e.toString());
            failures.add(new StreamsEventResponse.BatchItemFailure(sequence));
          }
        });
    return new StreamsEventResponse(failures);
  }

  private static String sequence(DynamodbEvent.DynamodbStreamRecord record) {
    return record.getDynamodb() == null ? null : record.getDynamodb().getSequenceNumber();
  }

  /**
   * The message a record inserts, if it is the insert of a message item.
   *
   * @throws IllegalArgumentException if it inserts a malformed message item, or carries no new
   *     image (the stream's view type must include new images)
   */
  static Optional<Message> newMessage(DynamodbEvent.DynamodbStreamRecord record) {
    if (!"INSERT".equals(record.getEventName()) || record.getDynamodb() == null) {
      return Optional.empty();
    }
    var keys = record.getDynamodb().getKeys();
    var pk = keys == null ? null : keys.get(MessageItems.PK);
    if (pk == null || pk.getS() == null || !pk.getS().startsWith(MESSAGES_PREFIX)) {
      return Optional.empty();
    }
    var image = record.getDynamodb().getNewImage();
    if (image == null) {
      throw new IllegalArgumentException(
          "the insert of "
              + pk.getS()
              + " has no new image: enable the stream with NEW_IMAGE or"
              + " NEW_AND_OLD_IMAGES");
    }
    Map<String, AttributeValue> item = LambdaRecords.toSdk(image);
    return Optional.of(MessageItems.message(item));
  }
}
