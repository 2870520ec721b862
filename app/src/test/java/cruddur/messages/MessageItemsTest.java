package cruddur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class MessageItemsTest {
  private static final Participant ANDREW =
      new Participant(
          UUID.fromString("11111111-1111-4111-8111-111111111111"), "Andrew Brown", "andrewbrown");
  private static final UUID GROUP = UUID.fromString("5ae290ed-55d1-47a0-bc6d-fe2bc2700399");

  private static Message message() {
    String sk = "2026-11-26T09:15:02.123456+00:00";
    return new Message(GROUP, UUID.randomUUID(), Times.parse(sk), sk, "hello", ANDREW);
  }

  @Test
  void messageItemHasTheOriginalsShape() {
    Message m = message();
    assertThat(MessageItems.of(m))
        .containsOnlyKeys(
            "pk", "sk", "message_uuid", "message", "user_uuid", "user_display_name", "user_handle")
        .containsEntry("pk", AttributeValue.fromS("MSG#" + GROUP))
        .containsEntry("sk", AttributeValue.fromS(m.sk()))
        .containsEntry("user_handle", AttributeValue.fromS("andrewbrown"));
  }

  @Test
  void messageReadsBackEqual() {
    Message m = message();
    assertThat(MessageItems.message(MessageItems.of(m))).isEqualTo(m);
  }

  @Test
  void conversationItemHasTheOriginalsShapePlusReadStateAndReadsBackEqual() {
    String sk = "2026-11-26T09:15:02.123456+00:00";
    Conversation c =
        new Conversation(
            UUID.randomUUID(),
            GROUP,
            sk,
            Times.parse(sk),
            "hi",
            ANDREW,
            2,
            Conversation.NEVER_READ);
    Map<String, AttributeValue> item = MessageItems.of(c);
    assertThat(item)
        .containsOnlyKeys(
            "pk",
            "sk",
            "message_group_uuid",
            "message",
            "user_uuid",
            "user_display_name",
            "user_handle",
            "unread_count",
            "last_read_sk")
        .containsEntry("pk", AttributeValue.fromS("GRP#" + c.ownerUuid()))
        .containsEntry("message_group_uuid", AttributeValue.fromS(GROUP.toString()))
        .containsEntry("unread_count", AttributeValue.fromN("2"));
    assertThat(MessageItems.conversation(item)).isEqualTo(c);
  }

  @Test
  void conversationItemTheOriginalWroteCountsAsRead() {
    String sk = "2023-03-20T16:07:46";
    Map<String, AttributeValue> item =
        new HashMap<>(
            MessageItems.of(
                new Conversation(UUID.randomUUID(), GROUP, sk, Times.parse(sk), "hi", ANDREW)));
    item.remove("unread_count");
    item.remove("last_read_sk");

    Conversation read = MessageItems.conversation(item);

    assertThat(read.unread()).isZero();
    assertThat(read.readUpTo()).isEqualTo(sk);
  }

  @Test
  void readsAnItemTheOriginalWroteWithAnOffsetlessTime() {
    Map<String, AttributeValue> item = new HashMap<>(MessageItems.of(message()));
    item.put("sk", AttributeValue.fromS("2023-03-20T16:07:46"));
    Message read = MessageItems.message(item);
    assertThat(read.createdAt()).isEqualTo(Instant.parse("2023-03-20T16:07:46Z"));
    assertThat(read.sk()).isEqualTo("2023-03-20T16:07:46");
  }

  @Test
  void itemMissingAnAttributeIsRejectedNamingIt() {
    Map<String, AttributeValue> item = new HashMap<>(MessageItems.of(message()));
    item.remove("user_handle");
    assertThatThrownBy(() -> MessageItems.message(item))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user_handle");
  }

  @Test
  void guardItemsKeepTheGroupOutOfTheGroupIndex() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    assertThat(GuardItems.pair(a, b, GROUP)).doesNotContainKey("message_group_uuid");
    assertThat(GuardItems.marker(UUID.randomUUID(), GROUP, message().sk()))
        .doesNotContainKey("message_group_uuid");
  }

  @Test
  void pairKeyIsTheSameWhicheverUserStarts() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    assertThat(GuardItems.pairKey(a, b)).isEqualTo(GuardItems.pairKey(b, a));
  }
}
