package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cruddur.messages.MessagesSchema;
import cruddur.testing.TestEngine;
import cruddur.web.ApiFixture.Answer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The messages table dropped while the API runs: 503 saying what to run, then recovery. */
class MissingTableTest {
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLogs() {
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(log);
  }

  @Test
  void aDroppedTableIs503NamingTheFixLoggedOncePerOutageAndRecoversWhenCreatedAgain() {
    try (ApiFixture api = new ApiFixture()) {
      String token = api.signIn("andrewbrown");
      MessagesSchema schema = new MessagesSchema(TestEngine.client(), api.table);
      String send = "{\"message\":\"hi\",\"handle\":\"bayko\"}";

      schema.dropTable();
      Answer groups = api.get("/api/message_groups", token);
      Answer sent = api.post("/api/messages", token, send);
      api.get("/api/messages/counter", token);
      Answer health = api.get("/api/health-check", null);
      List<String> linesDuringTheOutage = warnings();

      schema.createTable();
      Answer healthy = await(() -> api.get("/api/health-check", null), 200);
      Answer recovered = api.get("/api/message_groups", token);
      schema.dropTable();
      Answer again = await(() -> api.get("/api/health-check", null), 503);

      assertThat(List.of(groups, sent, health))
          .allSatisfy(
              a -> {
                assertThat(a.status()).as(a.body()).isEqualTo(503);
                assertThat(a.json().get("error").asText()).isEqualTo("messages_table_missing");
                assertThat(a.json().get("message").asText())
                    .contains(api.table, "./cruddur ddb schema-load");
              });
      assertThat(linesDuringTheOutage).hasSize(1);
      assertThat(linesDuringTheOutage.get(0)).contains(api.table, "./cruddur ddb schema-load");
      assertThat(healthy.status()).isEqualTo(200);
      assertThat(recovered.status()).isEqualTo(200);
      assertThat(again.json().get("error").asText()).isEqualTo("messages_table_missing");
      assertThat(warnings().stream().filter(l -> l.contains("does not exist"))).hasSize(2);
      assertThat(log.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }
  }

  /** Warnings and errors logged so far, one string per event. */
  private List<String> warnings() {
    return log.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  /** Asks until the answer has {@code status}, for up to 30 s (the health check caches). */
  private static Answer await(Supplier<Answer> ask, int status) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    Answer answer = ask.get();
    while (answer.status() != status && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      answer = ask.get();
    }
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    return answer;
  }
}
