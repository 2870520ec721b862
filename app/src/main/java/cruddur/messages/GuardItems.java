package cruddur.messages;

import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items that exist only to make something unique: the message-id marker (one message per
 * client-supplied id) and the pair item (one conversation per pair of users). They keep their group
 * under {@code group_uuid}, never {@code message_group_uuid}, so the group index does not see them.
 */
final class GuardItems {
  static final String GROUP_UUID = "group_uuid";
  static final String MESSAGE_SK = "message_sk";

  private static final String MARKER_PREFIX = "MSGID#";
  private static final String MARKER_SK = "MSGID";
  private static final String PAIR_PREFIX = "PAIR#";
  private static final String PAIR_SK = "PAIR";

  private GuardItems() {}

  static Map<String, AttributeValue> markerKey(UUID messageUuid) {
    return MessageItems.key(MARKER_PREFIX + messageUuid, MARKER_SK);
  }

  /** Records that {@code messageUuid} is the message at {@code sk} in {@code groupUuid}. */
  static Map<String, AttributeValue> marker(UUID messageUuid, UUID groupUuid, String sk) {
    return Map.of(
        MessageItems.PK,
        MessageItems.text(MARKER_PREFIX + messageUuid),
        MessageItems.SK,
        MessageItems.text(MARKER_SK),
        GROUP_UUID,
        MessageItems.text(groupUuid.toString()),
        MESSAGE_SK,
        MessageItems.text(sk));
  }

  static UUID markedGroup(Map<String, AttributeValue> marker) {
    return MessageItems.uuid(marker, GROUP_UUID, "");
  }

  static String markedSk(Map<String, AttributeValue> marker) {
    return MessageItems.string(marker, MESSAGE_SK);
  }

  /** The same key whichever user starts: the smaller uuid (as text) comes first. */
  static Map<String, AttributeValue> pairKey(UUID a, UUID b) {
    String x = a.toString();
    String y = b.toString();
    String pk = x.compareTo(y) < 0 ? PAIR_PREFIX + x + "#" + y : PAIR_PREFIX + y + "#" + x;
    return MessageItems.key(pk, PAIR_SK);
  }

  static Map<String, AttributeValue> pair(UUID a, UUID b, UUID groupUuid) {
    Map<String, AttributeValue> key = pairKey(a, b);
    return Map.of(
        MessageItems.PK,
        key.get(MessageItems.PK),
        MessageItems.SK,
        key.get(MessageItems.SK),
        GROUP_UUID,
        MessageItems.text(groupUuid.toString()));
  }

  static UUID pairedGroup(Map<String, AttributeValue> pair) {
    return MessageItems.uuid(pair, GROUP_UUID, "");
  }
}
