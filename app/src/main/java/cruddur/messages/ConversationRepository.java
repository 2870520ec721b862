package cruddur.messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Conversations: each participant's list (access pattern B), who takes part in one, starting one
 * atomically and at most once per pair of users (pattern D), and moving a participant's item to a
 * newer message.
 */
public final class ConversationRepository {
  // A failed attempt means another conversation of the same owner sits at that microsecond.
  static final int SLOT_ATTEMPTS = 16;

  private static final int PAIR = 0;
  private static final int MARKER = 4;
  private static final int CURRENT = 0;

  private final MessagesTable table;

  public ConversationRepository(DynamoDbClient client, String tableName) {
    this.table = new MessagesTable(client, tableName, Optional.empty());
  }

  /** One that tells {@code status}, call by call, whether the table is there. */
  public ConversationRepository(
      DynamoDbClient client, String tableName, MessagesTableStatus status) {
    this.table = new MessagesTable(client, tableName, Optional.of(status));
  }

  /** The outcome of {@link #start}: the conversation, and whether this call created it. */
  public record Started(UUID groupUuid, boolean created) {}

  /**
   * An owner's conversations, most recent first, older than the cursor.
   *
   * @throws IllegalArgumentException if the cursor is malformed or {@code limit} is below 1
   */
  public Page<Conversation> list(UUID ownerUuid, Optional<String> cursor, int limit) {
    return table
        .newestFirst(MessageItems.conversationsPk(ownerUuid), cursor, limit)
        .map(MessageItems::conversation);
  }

  /**
   * The participants' items of one conversation, through the group index (eventually consistent on
   * DynamoDB); empty for an unknown group.
   */
  public List<Conversation> members(UUID groupUuid) {
    return table
        .indexItems(
            MessagesSchema.GROUP_INDEX, MessageItems.MESSAGE_GROUP_UUID, groupUuid.toString())
        .stream()
        .map(MessageItems::conversation)
        .toList();
  }

  /** Whether {@code userUuid} takes part in the conversation. */
  public boolean isMember(UUID groupUuid, UUID userUuid) {
    return members(groupUuid).stream().anyMatch(c -> c.ownerUuid().equals(userUuid));
  }

  /**
   * The conversation two users have, in either direction, read from their pair item (one consistent
   * GetItem, however many conversations either of them has).
   */
  public Optional<UUID> between(UUID one, UUID other) {
    return table.get(GuardItems.pairKey(one, other)).map(GuardItems::pairedGroup);
  }

  /**
   * Starts a conversation between two users with its first message, in one transaction: both
   * participants' items, the message, and a pair item that makes the conversation unique to the
   * pair. If the two already talk (even if the other one started it a moment ago, concurrently),
   * writes nothing and returns the existing conversation.
   *
   * @throws IllegalArgumentException if {@code me} and {@code other} are the same user
   * @throws MessageIdConflict if {@code messageUuid} is already the id of another message
   */
  public Started start(
      Participant me, Participant other, String firstMessage, UUID messageUuid, Instant now) {
    if (me.uuid().equals(other.uuid())) {
      throw new IllegalArgumentException(
          "cannot start a conversation of " + me.handle() + " with themselves");
    }
    Map<String, AttributeValue> pairKey = GuardItems.pairKey(me.uuid(), other.uuid());
    Optional<UUID> existing = between(me.uuid(), other.uuid());
    if (existing.isPresent()) {
      return new Started(existing.get(), false);
    }
    UUID groupUuid = UUID.randomUUID();
    String sk = Times.format(now);
    for (int attempt = 0; attempt < SLOT_ATTEMPTS; attempt++) {
      Instant at = Times.parse(sk);
      // Indexes PAIR and MARKER above follow this order.
      TransactionOutcome outcome =
          table.write(
              List.of(
                  table.putNew(GuardItems.pair(me.uuid(), other.uuid(), groupUuid)),
                  table.putNew(
                      MessageItems.of(
                          new Conversation(me.uuid(), groupUuid, sk, at, firstMessage, other))),
                  table.putNew(
                      MessageItems.of(
                          new Conversation(
                              other.uuid(),
                              groupUuid,
                              sk,
                              at,
                              firstMessage,
                              me,
                              1,
                              Conversation.NEVER_READ))),
                  table.putNew(
                      MessageItems.of(
                          new Message(groupUuid, messageUuid, at, sk, firstMessage, me))),
                  table.putNew(GuardItems.marker(messageUuid, groupUuid, sk))));
      if (outcome.committed()) {
        return new Started(groupUuid, true);
      }
      if (outcome.conditionFailed(PAIR)) {
        Map<String, AttributeValue> pair =
            outcome
                .existing(PAIR)
                .or(() -> table.get(pairKey))
                .orElseThrow(() -> new IllegalStateException("pair item vanished: " + pairKey));
        return new Started(GuardItems.pairedGroup(pair), false);
      }
      if (outcome.conditionFailed(MARKER)) {
        throw new MessageIdConflict(messageUuid);
      }
      sk = Times.next(sk);
    }
    throw new WriteContention(
        "no free time for a new conversation of "
            + me.handle()
            + " and "
            + other.handle()
            + " after "
            + SLOT_ATTEMPTS
            + " attempts");
  }

  /** One participant's item of a conversation, through the group index. */
  public Optional<Conversation> find(UUID ownerUuid, UUID groupUuid) {
    return members(groupUuid).stream().filter(c -> c.ownerUuid().equals(ownerUuid)).findFirst();
  }

  /**
   * Moves one participant's item to a newer message, atomically: the item at {@code current.sk()}
   * is deleted and {@code next} put in its place. Writes nothing and returns false when the item is
   * no longer exactly {@code current} (another writer won: re-read and retry if still newer) or
   * when {@code next} is not later than it (a replay or an older message never moves a conversation
   * back).
   *
   * <p>An owner's items share one partition, so two of their conversations cannot share a time; if
   * another conversation already holds {@code next.sk()}, the item moves to the next free
   * microsecond.
   *
   * @throws IllegalArgumentException if {@code next} is another owner's or another group's item
   */
  public boolean moveTo(Conversation current, Conversation next) {
    if (!current.ownerUuid().equals(next.ownerUuid())
        || !current.groupUuid().equals(next.groupUuid())) {
      throw new IllegalArgumentException("a move keeps the owner and the group");
    }
    if (!Times.parse(next.sk()).isAfter(Times.parse(current.sk()))) {
      return false;
    }
    Map<String, AttributeValue> currentKey = keyOf(current);
    Conversation moved = next;
    for (int attempt = 0; attempt < SLOT_ATTEMPTS; attempt++) {
      TransactionOutcome outcome =
          table.write(
              List.of(
                  table.deleteIf(currentKey, unchanged(current)),
                  table.putNew(MessageItems.of(moved))));
      if (outcome.committed()) {
        return true;
      }
      if (outcome.conditionFailed(CURRENT)) {
        return false;
      }
      String sk = Times.next(moved.sk());
      moved = moved.movedTo(sk, moved.lastMessage(), moved.unread(), moved.readUpTo());
    }
    throw new WriteContention(
        "no free time for conversation "
            + current.groupUuid()
            + " of "
            + current.ownerUuid()
            + " after "
            + SLOT_ATTEMPTS
            + " attempts");
  }

  /**
   * Moves several items at once, in one transaction: each pair is (current, next) as for {@link
   * #moveTo}, but nothing slides to a free microsecond. All or nothing: false, and nothing written,
   * if any item is no longer exactly as given or any new time is taken.
   *
   * @throws IllegalArgumentException if a move changes owner or group, or does not go forward
   */
  public boolean moveAll(List<Conversation[]> moves) {
    List<TransactWriteItem> actions = new ArrayList<>();
    for (Conversation[] move : moves) {
      Conversation current = move[0];
      Conversation next = move[1];
      if (!current.ownerUuid().equals(next.ownerUuid())
          || !current.groupUuid().equals(next.groupUuid())
          || !Times.parse(next.sk()).isAfter(Times.parse(current.sk()))) {
        throw new IllegalArgumentException("a move keeps owner and group and goes forward");
      }
      actions.add(table.deleteIf(keyOf(current), unchanged(current)));
      actions.add(table.putNew(MessageItems.of(next)));
    }
    return table.write(actions).committed();
  }

  /**
   * Sets how far the owner has read and how many messages that leaves unread, if the item is still
   * exactly {@code current}; false (nothing written) otherwise.
   */
  public boolean updateReadState(Conversation current, int unread, String readUpTo) {
    return table.updateIf(
        keyOf(current),
        "SET #u = :nu, #r = :nr",
        Map.of(
            ":nu",
            AttributeValue.fromN(Integer.toString(unread)),
            ":nr",
            MessageItems.text(readUpTo)),
        unchanged(current));
  }

  /** The sum of the unread counts of all of an owner's conversations. */
  public long unreadTotal(UUID ownerUuid) {
    long total = 0;
    Optional<String> cursor = Optional.empty();
    do {
      Page<Conversation> page = list(ownerUuid, cursor, 100);
      for (Conversation c : page.items()) {
        total += c.unread();
      }
      cursor = page.olderCursor();
    } while (cursor.isPresent());
    return total;
  }

  private static Map<String, AttributeValue> keyOf(Conversation c) {
    return MessageItems.key(MessageItems.conversationsPk(c.ownerUuid()), c.sk());
  }

  /**
   * The item still is {@code current}: same group, same read state. Items written before read state
   * existed lack its attributes, which reads as "read to the end".
   */
  private static ItemCondition unchanged(Conversation current) {
    String unread = "#u = :u" + (current.unread() == 0 ? " OR attribute_not_exists(#u)" : "");
    String read =
        "#r = :r" + (current.readUpTo().equals(current.sk()) ? " OR attribute_not_exists(#r)" : "");
    return new ItemCondition(
        "#g = :g AND (" + unread + ") AND (" + read + ")",
        Map.of(
            "#g",
            MessageItems.MESSAGE_GROUP_UUID,
            "#u",
            MessageItems.UNREAD_COUNT,
            "#r",
            MessageItems.LAST_READ_SK),
        Map.of(
            ":g",
            MessageItems.text(current.groupUuid().toString()),
            ":u",
            AttributeValue.fromN(Integer.toString(current.unread())),
            ":r",
            MessageItems.text(current.readUpTo())));
  }
}
