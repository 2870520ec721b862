package cruddur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedAndPatternsTest {
  private final Cli cli = new Cli();

  @BeforeEach
  void usersAndTable() {
    cli.ok("db", "setup");
    cli.ok("ddb", "schema-load");
  }

  @Test
  void seedWritesTheSampleConversationOnce() {
    Cli.Result first = cli.run("ddb", "seed");
    Cli.Result second = cli.run("ddb", "seed");

    assertThat(first.code()).isZero();
    assertThat(first.out())
        .contains("seeded a conversation between andrewbrown and bayko: 101 messages");
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("already have a conversation").contains("nothing written");
  }

  @Test
  void getConversationPrintsTheLatestTwentyLinesOldestFirstEndingWithTheDialoguesLastLine() {
    cli.ok("ddb", "seed");

    Cli.Result result = cli.run("ddb", "patterns", "get-conversation");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("-- page: 20 items, more after")
        .contains("-- consumed capacity: ");
    List<String> rows = rows(result.out());
    assertThat(rows).hasSize(20);
    // 101 alternating lines, andrewbrown first, so he also has the last word.
    assertThat(rows.get(19)).startsWith("andrewbrown").endsWith("Right behind you.");
    assertThat(rows.get(18)).startsWith("bayko");
  }

  @Test
  void getConversationFindsTheSampleConversationBehindManyNewerOnes() {
    cli.ok("ddb", "seed");
    cli.ok("ddb", "seed", "--messages", "120", "--conversations", "60");

    Cli.Result result = cli.run("ddb", "patterns", "get-conversation");

    assertThat(result.code()).isZero();
    assertThat(rows(result.out()).get(19)).endsWith("Right behind you.");
  }

  @Test
  void listConversationsShowsTheOtherParticipantAndTheLastMessage() {
    cli.ok("ddb", "seed");

    Cli.Result result = cli.run("ddb", "patterns", "list-conversations");

    assertThat(result.code()).isZero();
    assertThat(rows(result.out()))
        .singleElement()
        .asString()
        .startsWith("bayko")
        .endsWith("Right behind you.");
  }

  @Test
  void listConversationsOfAnUnknownHandleFailsWithOneLine() {
    Cli.Result result = cli.run("ddb", "patterns", "list-conversations", "nobody");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().strip())
        .isEqualTo(
            "cruddur ddb patterns list-conversations: no user with handle 'nobody' (seed users with"
                + " './cruddur db seed')");
  }

  @Test
  void getConversationBeforeSeedingSaysToSeed() {
    Cli.Result result = cli.run("ddb", "patterns", "get-conversation");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("run './cruddur ddb seed' first");
  }

  @Test
  void getConversationRejectsSomethingThatIsNotAUuid() {
    Cli.Result result = cli.run("ddb", "patterns", "get-conversation", "not-a-uuid");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("'not-a-uuid' is not a message group uuid");
  }

  @Test
  void syntheticSeedWritesMessagesAndConversationsInBatches() {
    Cli.Result result = cli.run("ddb", "seed", "--messages", "300", "--conversations", "7");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("wrote 314 items (300 messages in 7 conversations)");
    Cli.Result conversations = cli.run("ddb", "patterns", "list-conversations");
    assertThat(rows(conversations.out())).hasSize(7).allMatch(row -> row.startsWith("synthetic"));
    assertThat(cli.ok("ddb", "scan").err()).endsWith("314 items" + System.lineSeparator());
  }

  @Test
  void syntheticSeedNeedsAtLeastOneMessagePerConversation() {
    Cli.Result result = cli.run("ddb", "seed", "--messages", "3", "--conversations", "7");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--messages must be at least --conversations");
  }

  private static List<String> rows(String out) {
    return out.lines().filter(l -> !l.startsWith("--") && !l.startsWith("{")).toList();
  }
}
