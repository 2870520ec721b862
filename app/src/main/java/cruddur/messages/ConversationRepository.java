package cruddur.messages;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
    this.table = new MessagesTable(client, tableName);
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
                          new Conversation(other.uuid(), groupUuid, sk, at, firstMessage, me))),
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

  /**
   * Moves one participant's item to a newer message, atomically: the item at {@code current.sk()}
   * is deleted and rebuilt at {@code newSk} with {@code newMessage}. Writes nothing and returns
   * false when the item is no longer at {@code current.sk()} (another move won: re-read and retry
   * if still newer) or when {@code newSk} is not later than it (a replay or an older message never
   * moves a conversation back).
   *
   * <p>An owner's items share one partition, so two of their conversations cannot share a time; if
   * another conversation already holds {@code newSk}, the item moves to the next free microsecond.
   */
  public boolean moveTo(Conversation current, String newSk, String newMessage) {
    if (!Times.parse(newSk).isAfter(Times.parse(current.sk()))) {
      return false;
    }
    Map<String, AttributeValue> currentKey =
        MessageItems.key(MessageItems.conversationsPk(current.ownerUuid()), current.sk());
    String sk = newSk;
    for (int attempt = 0; attempt < SLOT_ATTEMPTS; attempt++) {
      Conversation moved =
          new Conversation(
              current.ownerUuid(),
              current.groupUuid(),
              sk,
              Times.parse(sk),
              newMessage,
              current.other());
      TransactionOutcome outcome =
          table.write(
              List.of(
                  table.deleteWhere(
                      currentKey, MessageItems.MESSAGE_GROUP_UUID, current.groupUuid().toString()),
                  table.putNew(MessageItems.of(moved))));
      if (outcome.committed()) {
        return true;
      }
      if (outcome.conditionFailed(CURRENT)) {
        return false;
      }
      sk = Times.next(sk);
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
}
