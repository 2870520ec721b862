package cruddur.messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The messages of conversations: reading them a page at a time (access pattern A) and sending one
 * (pattern C). Each message has a sort key of its own, and a client-supplied message id makes a
 * send idempotent.
 */
public final class MessageRepository {
  // Each failed attempt means another message holds that microsecond, so this bounds how many
  // messages may be sent into one conversation within the same microsecond.
  static final int SLOT_ATTEMPTS = 128;

  private static final int MESSAGE = 0;
  private static final int MARKER = 1;

  private final MessagesTable table;

  public MessageRepository(DynamoDbClient client, String tableName) {
    this.table = new MessagesTable(client, tableName, Optional.empty());
  }

  /** One that tells {@code status}, call by call, whether the table is there. */
  public MessageRepository(DynamoDbClient client, String tableName, MessagesTableStatus status) {
    this.table = new MessagesTable(client, tableName, Optional.of(status));
  }

  /**
   * The newest {@code limit} messages of a conversation older than the cursor, returned oldest
   * first, with the cursor of the page before them.
   *
   * @throws IllegalArgumentException if the cursor is malformed or {@code limit} is below 1
   */
  public Page<Message> page(UUID groupUuid, Optional<String> cursor, int limit) {
    Page<Message> newestFirst =
        table
            .newestFirst(MessageItems.messagesPk(groupUuid), cursor, limit)
            .map(MessageItems::message);
    List<Message> oldestFirst = new ArrayList<>(newestFirst.items());
    Collections.reverse(oldestFirst);
    return new Page<>(oldestFirst, newestFirst.olderCursor());
  }

  /**
   * Sends a message at {@code now}, or at the next free microsecond if another message of the group
   * holds that time. Sending again with the same {@code messageUuid} (a client retry, even a
   * concurrent one, even later) writes nothing and returns the message the first send stored.
   *
   * @throws MessageIdConflict if {@code messageUuid} belongs to a message of another group or
   *     sender
   * @throws WriteContention if no free microsecond was found within the bounded attempts
   */
  public Message send(
      UUID groupUuid, Participant sender, String text, UUID messageUuid, Instant now) {
    String sk = Times.format(now);
    for (int attempt = 0; attempt < SLOT_ATTEMPTS; attempt++) {
      Message message = new Message(groupUuid, messageUuid, Times.parse(sk), sk, text, sender);
      TransactionOutcome outcome =
          table.write(
              List.of(
                  table.putNew(MessageItems.of(message)),
                  table.putNew(GuardItems.marker(messageUuid, groupUuid, sk))));
      if (outcome.committed()) {
        return message;
      }
      if (outcome.conditionFailed(MARKER)) {
        return stored(messageUuid, groupUuid, sender, outcome.existing(MARKER));
      }
      sk = Times.next(sk);
    }
    throw new WriteContention(
        "no free time for a message in conversation "
            + groupUuid
            + " after "
            + SLOT_ATTEMPTS
            + " attempts");
  }

  /**
   * How many messages of a conversation someone other than {@code readerUuid} sent after {@code
   * afterSk}, up to and including {@code upToSk}: what the reader has not read yet.
   */
  public int countUnread(UUID groupUuid, UUID readerUuid, String afterSk, String upToSk) {
    Instant after = Times.parse(afterSk);
    Instant upTo = Times.parse(upToSk);
    String reader = readerUuid.toString();
    int[] count = {0};
    // Only the messages in between are read: the unread ones, and the owner's not yet applied.
    table.forEachBetween(
        MessageItems.messagesPk(groupUuid),
        afterSk,
        upToSk,
        MessageItems.SK + ", " + MessageItems.USER_UUID,
        item -> {
          Instant at = Times.parse(MessageItems.string(item, MessageItems.SK));
          AttributeValue sender = item.get(MessageItems.USER_UUID);
          if (at.isAfter(after)
              && !at.isAfter(upTo)
              && sender != null
              && sender.s() != null
              && !reader.equals(sender.s())) {
            count[0]++; // (an item without a sender is not a message anyone can read)
          }
        });
    return count[0];
  }

  private Message stored(
      UUID messageUuid,
      UUID groupUuid,
      Participant sender,
      Optional<Map<String, AttributeValue>> returnedMarker) {
    Map<String, AttributeValue> marker =
        returnedMarker
            .or(() -> table.get(GuardItems.markerKey(messageUuid)))
            .orElseThrow(() -> new IllegalStateException("marker of " + messageUuid + " vanished"));
    if (!GuardItems.markedGroup(marker).equals(groupUuid)) {
      throw new MessageIdConflict(messageUuid);
    }
    Message message =
        table
            .get(MessageItems.key(MessageItems.messagesPk(groupUuid), GuardItems.markedSk(marker)))
            .map(MessageItems::message)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "message " + messageUuid + " has a marker but no message item"));
    if (!message.sender().uuid().equals(sender.uuid())) {
      throw new MessageIdConflict(messageUuid);
    }
    return message;
  }
}
