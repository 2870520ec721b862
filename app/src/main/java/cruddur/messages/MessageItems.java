package cruddur.messages;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The message and conversation item shapes, both ways. Attribute names and key prefixes are a
 * compatibility contract with the original app and its scripts. Message items carry no {@code
 * message_group_uuid} (their group is in the key), which keeps the group index to conversation
 * items.
 */
public final class MessageItems {
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String MESSAGE_GROUP_UUID = "message_group_uuid";
  public static final String MESSAGE = "message";
  public static final String MESSAGE_UUID = "message_uuid";
  public static final String USER_UUID = "user_uuid";
  public static final String USER_DISPLAY_NAME = "user_display_name";
  public static final String USER_HANDLE = "user_handle";
  // Conversation items only, added by this project: the original's readers ignore them.
  public static final String UNREAD_COUNT = "unread_count";
  public static final String LAST_READ_SK = "last_read_sk";

  static final String MESSAGES_PREFIX = "MSG#";
  static final String CONVERSATIONS_PREFIX = "GRP#";

  private MessageItems() {}

  /** The message item: its group in the key, the sender's names alongside the text. */
  public static Map<String, AttributeValue> of(Message message) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, text(messagesPk(message.groupUuid())));
    item.put(SK, text(message.sk()));
    item.put(MESSAGE_UUID, text(message.messageUuid().toString()));
    item.put(MESSAGE, text(message.text()));
    putParticipant(item, message.sender());
    return item;
  }

  /** The owner's conversation item: the group, the last message, the other participant. */
  public static Map<String, AttributeValue> of(Conversation conversation) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(PK, text(conversationsPk(conversation.ownerUuid())));
    item.put(SK, text(conversation.sk()));
    item.put(MESSAGE_GROUP_UUID, text(conversation.groupUuid().toString()));
    item.put(MESSAGE, text(conversation.lastMessage()));
    putParticipant(item, conversation.other());
    item.put(UNREAD_COUNT, AttributeValue.fromN(Integer.toString(conversation.unread())));
    item.put(LAST_READ_SK, text(conversation.readUpTo()));
    return item;
  }

  /**
   * The message a message item holds; its time may be in any form {@link Times#parse} reads.
   *
   * @throws IllegalArgumentException if the item is not a well-formed message item
   */
  public static Message message(Map<String, AttributeValue> item) {
    String sk = string(item, SK);
    return new Message(
        uuid(item, PK, MESSAGES_PREFIX),
        uuid(item, MESSAGE_UUID, ""),
        Times.parse(sk),
        sk,
        string(item, MESSAGE),
        participant(item));
  }

  /**
   * The conversation a conversation item holds; its time may be in any form {@link Times#parse}
   * reads. An item without read state (written by the original, or by the seed scripts) counts as
   * read to the end.
   *
   * @throws IllegalArgumentException if the item is not a well-formed conversation item
   */
  public static Conversation conversation(Map<String, AttributeValue> item) {
    String sk = string(item, SK);
    return new Conversation(
        uuid(item, PK, CONVERSATIONS_PREFIX),
        uuid(item, MESSAGE_GROUP_UUID, ""),
        sk,
        Times.parse(sk),
        string(item, MESSAGE),
        participant(item),
        unread(item),
        item.containsKey(LAST_READ_SK) ? string(item, LAST_READ_SK) : sk);
  }

  static String messagesPk(UUID groupUuid) {
    return MESSAGES_PREFIX + groupUuid;
  }

  static String conversationsPk(UUID ownerUuid) {
    return CONVERSATIONS_PREFIX + ownerUuid;
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, text(pk), SK, text(sk));
  }

  static AttributeValue text(String value) {
    return AttributeValue.fromS(value);
  }

  static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    if (value == null || value.s() == null) {
      throw new IllegalArgumentException(
          "item " + describe(item) + " has no string attribute \"" + name + "\"");
    }
    return value.s();
  }

  static UUID uuid(Map<String, AttributeValue> item, String name, String prefix) {
    String value = string(item, name);
    if (!value.startsWith(prefix)) {
      throw new IllegalArgumentException(
          "item " + describe(item) + ": \"" + name + "\" does not start with " + prefix);
    }
    try {
      return UUID.fromString(value.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "item " + describe(item) + ": \"" + name + "\" does not hold a uuid", e);
    }
  }

  private static void putParticipant(Map<String, AttributeValue> item, Participant participant) {
    item.put(USER_UUID, text(participant.uuid().toString()));
    item.put(USER_DISPLAY_NAME, text(participant.displayName()));
    item.put(USER_HANDLE, text(participant.handle()));
  }

  private static Participant participant(Map<String, AttributeValue> item) {
    return new Participant(
        uuid(item, USER_UUID, ""), string(item, USER_DISPLAY_NAME), string(item, USER_HANDLE));
  }

  private static int unread(Map<String, AttributeValue> item) {
    AttributeValue value = item.get(UNREAD_COUNT);
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value.n());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "item " + describe(item) + ": \"" + UNREAD_COUNT + "\" is not a count", e);
    }
  }

  private static String describe(Map<String, AttributeValue> item) {
    AttributeValue pk = item.get(PK);
    AttributeValue sk = item.get(SK);
    return (pk == null ? "?" : pk.s()) + " / " + (sk == null ? "?" : sk.s());
  }
}
