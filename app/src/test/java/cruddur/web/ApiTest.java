package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.web.ApiFixture.Answer;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTest {
  private final AtomicLong nanos = new AtomicLong();
  private final ApiFixture api = new ApiFixture(new SendLimit(1000, 1000, nanos::get));
  private final String andrew = api.signIn("andrewbrown");
  private final String bayko = api.signIn("bayko");
  private final String londo = api.signIn("londo");

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

  private Answer send(String token, String group, String message) {
    return api.post(
        "/api/messages",
        token,
        ApiFixture.json(Map.of("message", message, "message_group_uuid", group)));
  }

  @Test
  void healthCheckAnswersWithoutAToken() {
    Answer a = api.get("/api/health-check", null);

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("success").asBoolean()).isTrue();
  }

  @Test
  void everyApiRouteAnswers401WithAnEmptyObjectWithoutAValidToken() {
    for (String path :
        new String[] {
          "/api/message_groups", "/api/messages/counter", "/api/messages/" + UUID.randomUUID(),
        }) {
      Answer none = api.get(path, null);
      Answer garbage = api.get(path, "not-a-token");
      assertThat(none.status()).as(path).isEqualTo(401);
      assertThat(none.body()).isEqualTo("{}");
      assertThat(garbage.status()).as(path).isEqualTo(401);
    }
    Answer post = api.post("/api/messages", null, "{\"message\":\"hi\",\"handle\":\"bayko\"}");
    assertThat(post.status()).isEqualTo(401);
    assertThat(post.body()).isEqualTo("{}");
  }

  @Test
  void aTamperedTokenIsRefused() {
    String[] parts = andrew.split("\\.");
    String tampered =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

    assertThat(api.get("/api/message_groups", tampered).status()).isEqualTo(401);
  }

  @Test
  void startingAConversationByHandleThenSendingAnswersTheOriginalsShapes() {
    String group = start(andrew, "bayko", "hello bayko");

    Answer sent = send(andrew, group, "second");
    Answer page = api.get("/api/messages/" + group, bayko);
    Answer groups = api.get("/api/message_groups", bayko);

    assertThat(sent.status()).isEqualTo(200);
    JsonNode s = sent.json();
    assertThat(s.get("message_group_uuid").asText()).isEqualTo(group);
    assertThat(s.get("handle").asText()).isEqualTo("andrewbrown");
    assertThat(s.get("message").asText()).isEqualTo("second");
    assertThat(s.has("uuid") && s.has("display_name") && s.has("created_at")).isTrue();
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json())
        .extracting(m -> m.get("message").asText())
        .containsExactly("hello bayko", "second");
    assertThat(page.json().get(1).get("uuid").asText()).isEqualTo(s.get("uuid").asText());
    assertThat(groups.json()).hasSize(1);
    JsonNode g = groups.json().get(0);
    assertThat(g.get("uuid").asText()).isEqualTo(group);
    assertThat(g.get("handle").asText()).isEqualTo("andrewbrown");
    assertThat(g.get("display_name").asText()).isEqualTo(api.user("andrewbrown").displayName());
    assertThat(g.has("message") && g.has("created_at")).isTrue();
  }

  @Test
  void startingWithSomeoneYouAlreadyTalkToSendsIntoTheSameConversation() {
    String first = start(andrew, "bayko", "one");

    String second = start(bayko, "andrewbrown", "two");

    assertThat(second).isEqualTo(first);
    assertThat(api.get("/api/messages/" + first, andrew).json())
        .extracting(m -> m.get("message").asText())
        .containsExactly("one", "two");
  }

  @Test
  void sendingTwiceWithTheSameIdStoresOneMessage() {
    String group = start(andrew, "bayko", "hi");
    String id = UUID.randomUUID().toString();
    String body =
        ApiFixture.json(Map.of("message", "once", "message_group_uuid", group, "uuid", id));

    Answer first = api.post("/api/messages", andrew, body);
    Answer again = api.post("/api/messages", andrew, body);

    assertThat(first.json().get("uuid").asText()).isEqualTo(id);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(api.get("/api/messages/" + group, andrew).json()).hasSize(2);
  }

  @Test
  void validationAnswers422WithTheOriginalsCodes() {
    String group = start(andrew, "bayko", "hi");
    String longest = "😀".repeat(1024);

    assertThat(send(andrew, group, "  ").json())
        .extracting(JsonNode::asText)
        .containsExactly("message_blank");
    assertThat(send(andrew, group, longest + "😀").json())
        .extracting(JsonNode::asText)
        .containsExactly("message_exceed_max_chars_1024");
    assertThat(send(andrew, group, longest).status()).isEqualTo(200);
    Answer noGroup =
        api.post("/api/messages", andrew, "{\"message\":\"hi\",\"message_group_uuid\":\"\"}");
    assertThat(noGroup.status()).isEqualTo(422);
    assertThat(noGroup.json())
        .extracting(JsonNode::asText)
        .containsExactly("message_group_uuid_blank");
    Answer noHandle = api.post("/api/messages", andrew, "{\"message\":\"hi\"}");
    assertThat(noHandle.status()).isEqualTo(422);
    assertThat(noHandle.json())
        .extracting(JsonNode::asText)
        .containsExactly("user_reciever_handle_blank");
  }

  @ParameterizedTest
  @CsvSource({"andrewbrown", "' andrewbrown '"})
  void startingAConversationWithYourselfIs422AndStoresNothing(String ownHandle) {
    Answer a =
        api.post(
            "/api/messages", andrew, ApiFixture.json(Map.of("message", "hi", "handle", ownHandle)));

    assertThat(a.status()).as(a.body()).isEqualTo(422);
    assertThat(a.json()).extracting(JsonNode::asText).containsExactly("user_reciever_handle_self");
    assertThat(api.get("/api/message_groups", andrew).json()).isEmpty();
  }

  @Test
  void aNonMemberCanNeitherReadNorPostAndUnknownsAre404() {
    String group = start(andrew, "bayko", "private");

    assertThat(api.get("/api/messages/" + group, londo).status()).isEqualTo(404);
    assertThat(send(londo, group, "let me in").status()).isEqualTo(404);
    assertThat(api.get("/api/messages/" + group, andrew).json()).hasSize(1);
    assertThat(api.get("/api/messages/" + UUID.randomUUID(), andrew).status()).isEqualTo(404);
    assertThat(api.get("/api/messages/not-a-uuid", andrew).status()).isEqualTo(404);
    assertThat(
            api.post("/api/messages", andrew, "{\"message\":\"hi\",\"handle\":\"nobody\"}")
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/users/@nobody/short", andrew).status()).isEqualTo(404);
  }

  @Test
  void userShortIsPublicAndAnswersOnlyUuidHandleAndDisplayName() {
    Answer a = api.get("/api/users/@bayko/short", null);

    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("uuid", "handle", "display_name");
    assertThat(a.json().get("handle").asText()).isEqualTo("bayko");
    assertThat(api.get("/api/users/@nobody/short", null).status()).isEqualTo(404);
  }

  @Test
  void userShortWithATokenThatProvesNobodyIsStill401() {
    Answer garbage = api.get("/api/users/@bayko/short", "not-a-token");

    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.body()).isEqualTo("{}");
  }

  @Test
  void userShortAnswersUuidHandleAndDisplayName() {
    Answer a = api.get("/api/users/@bayko/short", andrew);

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("uuid").asText()).isEqualTo(api.user("bayko").uuid().toString());
    assertThat(a.json().get("handle").asText()).isEqualTo("bayko");
    assertThat(a.json().get("display_name").asText()).isEqualTo(api.user("bayko").displayName());
  }

  @Test
  void htmlInAMessageComesBackByteForByteAsJsonText() {
    String payload = "<img src=x onerror=alert(1)>";
    String group = start(andrew, "bayko", payload);

    Answer page = api.get("/api/messages/" + group, bayko);

    assertThat(page.json().get(0).get("message").asText()).isEqualTo(payload);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  void sqlMetacharactersInAHandleAreJustAHandleNobodyHas() {
    Answer a = api.get("/api/users/@x'%3B%20DROP%20TABLE%20users%3B--/short", andrew);

    assertThat(a.status()).isEqualTo(404);
    assertThat(api.user("bayko")).isNotNull();
  }

  @Test
  void theUnreadCounterCountsAndReadingTheConversationResetsIt() {
    String group = start(andrew, "bayko", "are you there?");

    long before = api.get("/api/messages/counter", bayko).json().get("count").asLong();
    api.get("/api/messages/" + group, bayko);
    long after = api.get("/api/messages/counter", bayko).json().get("count").asLong();

    assertThat(before).isEqualTo(1);
    assertThat(after).isZero();
    assertThat(api.get("/api/messages/counter", andrew).json().get("count").asLong()).isZero();
  }

  @Test
  void olderPagesComeThroughTheCursorInTheLinkHeaderAndTheLimitIsCappedAt50() {
    String group = start(andrew, "bayko", "m0");
    for (int i = 1; i < 55; i++) {
      assertThat(send(andrew, group, "m" + i).status()).isEqualTo(200);
    }

    Answer newest = api.get("/api/messages/" + group + "?limit=500", andrew);
    String link = newest.headers().firstValue("Link").orElseThrow();
    String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    Answer older = api.get(next, andrew);

    assertThat(newest.json()).hasSize(50);
    assertThat(newest.json().get(49).get("message").asText()).isEqualTo("m54");
    assertThat(older.json())
        .extracting(m -> m.get("message").asText())
        .containsExactly("m0", "m1", "m2", "m3", "m4");
    assertThat(older.headers().firstValue("Link")).isEmpty();
    assertThat(api.get("/api/messages/" + group + "?limit=0", andrew).status()).isEqualTo(400);
    assertThat(api.get("/api/messages/" + group + "?before=garbage!", andrew).status())
        .isEqualTo(400);
    assertThat(api.get("/api/message_groups?before=AAAA", andrew).status()).isEqualTo(400);
  }

  @Test
  void sendingFasterThanTheLimitAnswers429WithRetryAfterThenRecovers() {
    AtomicLong clock = new AtomicLong();
    try (ApiFixture limited = new ApiFixture(new SendLimit(3, 1, clock::get))) {
      String token = limited.signIn("andrewbrown");
      Answer started =
          limited.post("/api/messages", token, "{\"message\":\"hi\",\"handle\":\"bayko\"}");
      String body =
          ApiFixture.json(
              Map.of(
                  "message",
                  "again",
                  "message_group_uuid",
                  started.json().get("message_group_uuid").asText()));
      limited.post("/api/messages", token, body);
      limited.post("/api/messages", token, body);

      Answer refused = limited.post("/api/messages", token, body);
      clock.addAndGet(1_000_000_000L);
      Answer recovered = limited.post("/api/messages", token, body);

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).contains("1");
      assertThat(refused.json().get("error").asText()).isEqualTo("too_many_messages");
      assertThat(recovered.status()).isEqualTo(200);
    }
  }

  @Test
  void metricsCountRequestsByRouteAndStatusAndTimeDynamoDbCalls() {
    start(andrew, "bayko", "measured");
    api.get("/api/message_groups", andrew);
    api.get("/api/message_groups", null);

    String metrics = api.get("/metrics", null).body();

    assertThat(metrics)
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/message_groups\",status=\"200\"} 1")
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/message_groups\",status=\"401\"} 1")
        .contains("dynamodb_calls_seconds_count{operation=\"TransactWriteItems\",outcome=\"ok\"}")
        .contains("dynamodb_calls_seconds_count{operation=\"Query\",outcome=\"ok\"}")
        .contains("cache_gets_total{cache=\"signed_in_users\"");
  }

  @Test
  void malformedOrOversizedBodiesAre400And413() {
    Answer malformed = api.post("/api/messages", andrew, "{not json");
    Answer array = api.post("/api/messages", andrew, "[]");
    Answer huge =
        api.post(
            "/api/messages",
            andrew,
            "{\"message\":\"" + "x".repeat(100_000) + "\",\"handle\":\"bayko\"}");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asText()).isEqualTo("bad_request");
    assertThat(array.status()).isEqualTo(400);
    assertThat(huge.status()).isEqualTo(413);
  }

  @Test
  void aPageOfTheConfiguredFrontendMayCallTheApi() {
    Answer preflight =
        api.send(
            api.request("/api/message_groups", null)
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    Answer other =
        api.send(
            api.request("/api/health-check", null).header("Origin", "http://evil.example").build());

    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("http://localhost:3000");
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/local/sign-in | {\"handle\":\"a\\u0000b\"}",
        "/api/messages      | {\"handle\":\"a\\u0000b\",\"message\":\"hi\"}"
      })
  void aNulInAHandleIsAnUnknownUserNotAServerError(String path, String body) {
    Answer a = api.post(path, andrew, body);

    assertThat(a.status()).as(a.body()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void aNulInThePathIsRefusedWith400AndAJsonBody() {
    Answer a = api.get("/api/users/@a%00b/short", andrew);

    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(a.json().get("error").asText()).isEqualTo("bad_request");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/local/sign-in | {\"handle\":\"andrewbrown\"} xyz",
        "/api/local/sign-in | {\"handle\":\"andrewbrown\"}{\"handle\":\"bayko\"}",
        "/api/messages      | {\"handle\":\"bayko\",\"message\":\"hi\"} []"
      })
  void anythingButWhitespaceAfterTheJsonBodyIs400(String path, String body) {
    Answer a = api.post(path, andrew, body);

    assertThat(a.status()).as(a.body()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).isEqualTo("bad_request");
  }
}
