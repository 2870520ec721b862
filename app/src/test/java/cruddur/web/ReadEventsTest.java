package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code read} event of {@code GET /api/events}: with the real engine and the real stream
 * processor, as {@code ./cruddur up} runs them, both participants hear when either one's read point
 * moves.
 */
class ReadEventsTest {
  private static final long DEADLINE_SECONDS = 60;

  private final ApiFixture api = new ApiFixture();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String andrew = api.signIn("andrewbrown");
  private final String bayko = api.signIn("bayko");
  private final String group =
      api.post("/api/messages", andrew, ApiFixture.json(Map.of("message", "m0", "handle", "bayko")))
          .json()
          .get("message_group_uuid")
          .asText();

  @AfterEach
  void stop() {
    api.close();
  }

  /** One user's event stream, read on a thread of its own into a queue of "name data" lines. */
  private BlockingQueue<String> events(String token) throws Exception {
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(api.uri("/api/events?access_token=" + token))
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    // The comment the server sends once the client is registered: events after it reach us.
    String first = lines.readLine();
    assertThat(first).startsWith(":");
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> read(lines, events), "sse-reader");
    reader.setDaemon(true);
    reader.start();
    return events;
  }

  private static void read(BufferedReader lines, BlockingQueue<String> events) {
    try {
      String name = null;
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:") && name != null) {
          events.add(name + " " + line.substring("data:".length()).strip());
          name = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String next(BlockingQueue<String> events) throws InterruptedException {
    String event = events.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
    assertThat(event).as("an event within %d s", DEADLINE_SECONDS).isNotNull();
    return event;
  }

  /** The data of the next {@code read} event, past any {@code conversation} events. */
  private static JsonNode nextRead(BlockingQueue<String> events) throws Exception {
    String event = next(events);
    while (event.startsWith("conversation ")) {
      event = next(events);
    }
    assertThat(event).startsWith("read ");
    return ApiFixture.JSON.readTree(event.substring("read ".length()));
  }

  private String latestCreatedAt(String token) {
    JsonNode page = api.get("/api/messages/" + group, token).json();
    return page.get(page.size() - 1).get("created_at").asText();
  }

  @Test
  void whenTheReceiverReadsBothParticipantsHearWhoReadHowFar() throws Exception {
    BlockingQueue<String> andrewHears = events(andrew);
    BlockingQueue<String> baykoHears = events(bayko);
    api.startStreamProcessor();

    String readUpTo = latestCreatedAt(bayko);

    for (JsonNode data : new JsonNode[] {nextRead(andrewHears), nextRead(baykoHears)}) {
      assertThat(data.get("message_group_uuid").asText()).isEqualTo(group);
      assertThat(data.get("reader_handle").asText()).isEqualTo("bayko");
      assertThat(data.get("read_up_to").asText()).isEqualTo(readUpTo);
    }
  }

  @Test
  void readingAgainWithNothingNewSendsNoSecondReadEvent() throws Exception {
    BlockingQueue<String> andrewHears = events(andrew);
    api.startStreamProcessor();
    latestCreatedAt(bayko);
    nextRead(andrewHears);

    latestCreatedAt(bayko);
    api.post(
        "/api/messages",
        bayko,
        ApiFixture.json(Map.of("message", "reply", "message_group_uuid", group)));

    assertThat(next(andrewHears)).isEqualTo("conversation " + group);
  }
}
