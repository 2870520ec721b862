package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {
  private final ApiFixture api = new ApiFixture();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aSignedInUserHearsOfEachChangeToTheirConversationsAsTheProcessorAppliesIt()
      throws Exception {
    String andrew = api.signIn("andrewbrown");
    String bayko = api.signIn("bayko");
    String group =
        api.post(
                "/api/messages",
                andrew,
                ApiFixture.json(Map.of("message", "hi", "handle", "bayko")))
            .json()
            .get("message_group_uuid")
            .asText();
    InputStream stream = events(bayko);
    CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> firstEvent(stream));
    api.startStreamProcessor();

    api.post(
        "/api/messages",
        andrew,
        ApiFixture.json(Map.of("message", "are you there?", "message_group_uuid", group)));

    assertThat(event.get(20, TimeUnit.SECONDS)).isEqualTo("conversation " + group);
  }

  @Test
  void anInvalidTokenGetsAnUnauthorizedEventAndTheEndOfTheStream() throws Exception {
    InputStream stream = events("not-a-token");

    assertThat(firstEvent(stream)).isEqualTo("unauthorized {}");
  }

  private InputStream events(String token) throws Exception {
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(api.uri("/api/events?access_token=" + token))
                .header("Accept", "text/event-stream") // as EventSource sends it
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    return response.body();
  }

  /** The first event's name and data, as "name data". */
  private static String firstEvent(InputStream stream) {
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
      String name = null;
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:") && name != null) {
          return name + " " + line.substring("data:".length()).strip();
        }
      }
      return "(stream ended)";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
