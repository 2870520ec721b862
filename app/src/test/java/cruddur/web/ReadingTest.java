package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.web.ApiFixture.Answer;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reading a conversation's latest page marks it read before the page is answered: the counter and
 * the conversation list say so on the very next request, whether or not the stream processor has
 * applied the messages shown yet.
 */
class ReadingTest {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private final ApiFixture api = new ApiFixture();
  private final String andrew = api.signIn("andrewbrown");
  private final String bayko = api.signIn("bayko");

  @AfterEach
  void stop() {
    api.close();
  }

  /** A conversation andrew starts with bayko, and three more messages of his. */
  private String fourMessagesToBayko() {
    Answer started =
        api.post(
            "/api/messages", andrew, ApiFixture.json(Map.of("message", "m0", "handle", "bayko")));
    String group = started.json().get("message_group_uuid").asText();
    for (int i = 1; i <= 3; i++) {
      Answer sent =
          api.post(
              "/api/messages",
              andrew,
              ApiFixture.json(Map.of("message", "m" + i, "message_group_uuid", group)));
      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    }
    return group;
  }

  private long counter() {
    return api.get("/api/messages/counter", bayko).json().get("count").asLong();
  }

  private JsonNode listed() {
    JsonNode list = api.get("/api/message_groups", bayko).json();
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + DEADLINE + ": " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void afterTheProcessorCountedTheMessagesReadingZeroesTheCounterAndTheListRightAway() {
    api.startStreamProcessor();
    String group = fourMessagesToBayko();
    await("bayko's counter reaches 4", () -> counter() == 4);

    api.get("/api/messages/" + group, bayko);

    assertThat(counter()).isZero();
    assertThat(listed().get("unread").asLong()).isZero();
  }

  @Test
  void aReadBeforeTheProcessorAppliedTheMessagesShownStaysReadOnceItHas() {
    String group = fourMessagesToBayko();

    api.get("/api/messages/" + group, bayko);
    long right = counter();
    long listedRight = listed().get("unread").asLong();
    api.startStreamProcessor();
    await("the processor applies m3", () -> listed().get("message").asText().equals("m3"));

    assertThat(right).isZero();
    assertThat(listedRight).isZero();
    assertThat(counter()).isZero();
    assertThat(listed().get("unread").asLong()).isZero();
  }

  @Test
  void anOlderPageMarksNothingRead() {
    api.startStreamProcessor();
    String group = fourMessagesToBayko();
    await("bayko's counter reaches 4", () -> counter() == 4);
    Answer newestTwo = api.get("/api/messages/" + group + "?limit=2", andrew);
    String link = newestTwo.headers().firstValue("Link").orElseThrow();

    api.get(link.substring(link.indexOf('<') + 1, link.indexOf('>')), bayko);

    assertThat(counter()).isEqualTo(4);
  }
}
