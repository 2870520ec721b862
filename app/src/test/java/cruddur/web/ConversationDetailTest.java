package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.web.ApiFixture.Answer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/message_groups/{message_group_uuid}}: one conversation as its member sees it,
 * with both participants' read points (for the pages' "Seen").
 */
class ConversationDetailTest {
  private final ApiFixture api = new ApiFixture();
  private final String andrew = api.signIn("andrewbrown");
  private final String bayko = api.signIn("bayko");
  private final String group = start(andrew, "bayko", "hello bayko");

  @AfterEach
  void stop() {
    api.close();
  }

  private String start(String token, String handle, String message) {
    Answer a =
        api.post(
            "/api/messages", token, ApiFixture.json(Map.of("message", message, "handle", handle)));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json().get("message_group_uuid").asText();
  }

  private JsonNode send(String token, String message) {
    Answer a =
        api.post(
            "/api/messages",
            token,
            ApiFixture.json(Map.of("message", message, "message_group_uuid", group)));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private JsonNode detail(String token) {
    Answer a = api.get("/api/message_groups/" + group, token);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private String firstCreatedAt() {
    return api.get("/api/messages/" + group, andrew).json().get(0).get("created_at").asText();
  }

  @Test
  void theStarterSeesTheOtherParticipantTheirOwnReadPointAndThatTheOtherHasNeverRead() {
    JsonNode d = detail(andrew);

    assertThat(d.properties())
        .extracting(Map.Entry::getKey)
        .containsExactly(
            "uuid", "handle", "display_name", "unread", "read_up_to", "other_read_up_to");
    assertThat(d.get("uuid").asText()).isEqualTo(group);
    assertThat(d.get("handle").asText()).isEqualTo("bayko");
    assertThat(d.get("display_name").asText()).isEqualTo("Andrew Bayko");
    assertThat(d.get("unread").asLong()).isZero();
    assertThat(d.get("read_up_to").asText()).isEqualTo(firstCreatedAt());
    assertThat(d.get("other_read_up_to").isNull()).isTrue();
  }

  @Test
  void theReceiverBeforeReadingHasItUnreadAndHasNeverRead() {
    JsonNode d = detail(bayko);

    assertThat(d.get("handle").asText()).isEqualTo("andrewbrown");
    assertThat(d.get("unread").asLong()).isEqualTo(1);
    assertThat(d.get("read_up_to").isNull()).isTrue();
    assertThat(d.get("other_read_up_to").asText()).isEqualTo(firstCreatedAt());
  }

  @Test
  void onceTheReceiverReadsTheSenderSeesTheirLatestMessageAsSeen() {
    String latest = send(andrew, "are you there?").get("created_at").asText();

    api.get("/api/messages/" + group, bayko);
    JsonNode seenBy = detail(andrew);
    JsonNode reader = detail(bayko);

    assertThat(seenBy.get("other_read_up_to").asText()).isEqualTo(latest);
    assertThat(reader.get("read_up_to").asText()).isEqualTo(latest);
    assertThat(reader.get("unread").asLong()).isZero();
  }

  @Test
  void aNonMemberAnUnknownGroupAndAMalformedIdAre404() {
    String londo = api.signIn("londo");

    assertThat(api.get("/api/message_groups/" + group, londo).status()).isEqualTo(404);
    assertThat(api.get("/api/message_groups/" + UUID.randomUUID(), andrew).status()).isEqualTo(404);
    Answer malformed = api.get("/api/message_groups/not-a-uuid", andrew);
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(malformed.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void withoutAValidTokenItIs401WithAnEmptyObject() {
    Answer none = api.get("/api/message_groups/" + group, null);
    Answer garbage = api.get("/api/message_groups/" + group, "not-a-token");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body()).isEqualTo("{}");
    assertThat(garbage.status()).isEqualTo(401);
  }
}
