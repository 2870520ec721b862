package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import cruddur.messages.Conversation;
import cruddur.messages.Participant;
import cruddur.testing.ChildJvm;
import cruddur.testing.TestEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cruddur stream-processor} as a process of its own, killed with SIGKILL mid-stream. */
class StreamProcessorKillTest {
  @TempDir Path dataDir;

  private final StreamFixture f = new StreamFixture();

  @Test
  void killedWithSigkillMidStreamAndStartedAgainItLosesNothingAndCountsNothingTwice()
      throws Exception {
    List<Participant[]> pairs = new ArrayList<>();
    List<UUID> groups = new ArrayList<>();
    for (int g = 0; g < 3; g++) {
      Participant a = StreamFixture.user("a" + g);
      Participant b = StreamFixture.user("b" + g);
      pairs.add(new Participant[] {a, b});
      groups.add(f.start(a, b, T0));
    }
    Process first = processor();
    int sent = 0;
    for (; sent < 40; sent++) {
      send(pairs, groups, sent);
      Thread.sleep(5);
    }
    first.destroyForcibly().waitFor(); // SIGKILL, whatever it was doing
    for (; sent < 60; sent++) {
      send(pairs, groups, sent); // written while no processor runs
    }

    Process second = processor();
    try {
      for (int g = 0; g < 3; g++) {
        awaitLastMessage(pairs.get(g)[0], groups.get(g), "message " + (57 + g));
      }
    } finally {
      second.destroyForcibly().waitFor();
    }

    for (int g = 0; g < 3; g++) {
      for (Participant p : pairs.get(g)) {
        Conversation c = f.viewOf(p, groups.get(g));
        assertThat(c.lastMessage()).isEqualTo("message " + (57 + g));
        assertThat(c.unread())
            .as("unread of %s", p.handle())
            .isEqualTo(f.messages.countUnread(groups.get(g), p.uuid(), c.readUpTo(), c.sk()));
      }
    }
  }

  /** Message i goes to conversation i % 3, sent by one participant for three, then the other. */
  private void send(List<Participant[]> pairs, List<UUID> groups, int i) {
    Participant[] pair = pairs.get(i % 3);
    f.send(groups.get(i % 3), pair[(i / 9) % 2], "message " + i, T0.plusSeconds(1 + i));
  }

  private Process processor() throws Exception {
    ProcessBuilder builder = ChildJvm.cruddur("stream-processor");
    builder
        .environment()
        .putAll(
            Map.of(
                "AWS_ENDPOINT_URL", TestEngine.endpoint().toString(),
                "DDB_MESSAGE_TABLE", f.table,
                "CRUDDUR_DATA_DIR", dataDir.toString()));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("Following the stream")) {
      // start-up output, if any
    }
    assertThat(line).as("the processor started").isNotNull();
    return process;
  }

  private void awaitLastMessage(Participant owner, UUID group, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!f.viewOf(owner, group).lastMessage().equals(text)) {
      assertThat(System.nanoTime()).as("waiting for %s", text).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
