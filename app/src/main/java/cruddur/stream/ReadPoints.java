package cruddur.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageItems;
import cruddur.messages.Participant;
import cruddur.messages.Times;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read points that moved, as the stream shows them: a MODIFY of a conversation item that leaves its
 * read point later than it was (a participant read the conversation, or the processor's recount
 * after a late message of the owner). A read point that moves with its item, as the owner's newer
 * message moves it, comes as the item replaced (a REMOVE and an INSERT), not a MODIFY: the other
 * participant hears of that message as a conversation change anyway.
 *
 * <p>A conversation item names only the other participant, so the reader's names are read from the
 * other participant's item.
 */
public final class ReadPoints {
  private static final Logger LOG = LoggerFactory.getLogger(ReadPoints.class);
  private static final String CONVERSATIONS_PREFIX = "GRP#";

  private final ConversationRepository conversations;
  private final Consumer<ReadPointMoved> moved;

  public ReadPoints(ConversationRepository conversations, Consumer<ReadPointMoved> moved) {
    this.conversations = conversations;
    this.moved = moved;
  }

  /**
   * The conversation item as a record leaves it, if the record is a MODIFY that moved its read
   * point. A record without both images, or whose images are no well-formed conversation items,
   * moved nothing this can tell of.
   */
  static Optional<Conversation> moved(DynamodbEvent.DynamodbStreamRecord record) {
    if (!"MODIFY".equals(record.getEventName()) || record.getDynamodb() == null) {
      return Optional.empty();
    }
    var keys = record.getDynamodb().getKeys();
    var pk = keys == null ? null : keys.get(MessageItems.PK);
    var before = record.getDynamodb().getOldImage();
    var after = record.getDynamodb().getNewImage();
    if (pk == null
        || pk.getS() == null
        || !pk.getS().startsWith(CONVERSATIONS_PREFIX)
        || before == null
        || after == null) {
      return Optional.empty();
    }
    try {
      Conversation old = MessageItems.conversation(LambdaRecords.toSdk(before));
      Conversation now = MessageItems.conversation(LambdaRecords.toSdk(after));
      return Times.parse(now.readUpTo()).isAfter(Times.parse(old.readUpTo()))
          ? Optional.of(now)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells of the read point {@code item} holds. Nothing is told if the other participant's item is
   * gone (deleted by an operator): without it the reader has no names to give.
   *
   * @throws RuntimeException if the other participant's item cannot be read (the record is then
   *     handed over again)
   */
  void tell(Conversation item) {
    Optional<Participant> reader =
        conversations.members(item.groupUuid()).stream()
            .filter(c -> c.ownerUuid().equals(item.other().uuid()))
            .map(Conversation::other)
            .findFirst();
    if (reader.isEmpty()) {
      LOG.debug("conversation {} has no item of {}", item.groupUuid(), item.other().uuid());
      return;
    }
    moved.accept(
        new ReadPointMoved(item.groupUuid(), reader.get(), item.other().uuid(), item.readUpTo()));
  }
}
