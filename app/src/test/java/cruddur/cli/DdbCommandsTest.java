package cruddur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DdbCommandsTest {
  private final Cli cli = new Cli();

  @Test
  void schemaLoadCreatesTheTableAndThenReportsItExists() {
    Cli.Result first = cli.run("ddb", "schema-load");
    Cli.Result second = cli.run("ddb", "schema-load");

    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("created table " + cli.table());
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("table " + cli.table() + " already exists");
  }

  @Test
  void describeTableShowsKeysIndexAndStream() {
    cli.ok("ddb", "schema-load");

    Cli.Result result = cli.run("ddb", "describe-table", cli.table());

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("pk (S, HASH), sk (S, RANGE)")
        .contains("message-group-sk-index: message_group_uuid (S, HASH), sk (S, RANGE)")
        .contains("NEW_AND_OLD_IMAGES")
        .contains("PAY_PER_REQUEST");
  }

  @Test
  void describeTableRunAsACommandPrintsTheTable() {
    cli.ok("ddb", "schema-load");

    Cli.Result result = cli.runAsProcess("ddb", "describe-table", cli.table());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Table    " + cli.table())
        .contains("pk (S, HASH), sk (S, RANGE)")
        .contains("NEW_AND_OLD_IMAGES");
  }

  @Test
  void scanRunAsACommandWritesOnlyItemsToStandardOutputAndTheCountToStandardError() {
    cli.ok("db", "setup");
    cli.ok("ddb", "schema-load");
    cli.ok("ddb", "seed");

    Cli.Result result = cli.runAsProcess("ddb", "scan");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .isNotEmpty()
        .allMatch(l -> l.startsWith("{") && l.endsWith("}"));
    assertThat(result.err()).contains(result.out().lines().count() + " items");
  }

  @Test
  void listTablesNamesTheTable() {
    cli.ok("ddb", "schema-load");

    assertThat(cli.ok("ddb", "list-tables").out()).contains("  " + cli.table());
  }

  @Test
  void describingAMissingTableFailsWithOneLine() {
    Cli.Result result = cli.run("ddb", "describe-table", "no-such-table");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().strip())
        .isEqualTo(
            "cruddur ddb describe-table: no table named no-such-table (see './cruddur ddb list-tables')");
  }

  @Test
  void dropDeletesTheTableAndAMissingOneIsReported() {
    cli.ok("ddb", "schema-load");

    Cli.Result dropped = cli.run("ddb", "drop", cli.table(), "--yes");
    Cli.Result again = cli.run("ddb", "drop", cli.table(), "--yes");

    assertThat(dropped.code()).isZero();
    assertThat(cli.ok("ddb", "list-tables").out()).doesNotContain(cli.table());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("no table named " + cli.table());
  }

  @Test
  void dropRunAsACommandWithNobodyToAskRefusesAndSaysWhatWouldBeLost() {
    cli.ok("ddb", "schema-load");

    Cli.Result refused = cli.runAsProcess("ddb", "drop", cli.table());

    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .contains("delete table " + cli.table() + " and its 0 items")
        .contains("./cruddur ddb drop " + cli.table() + " --yes");
    assertThat(cli.ok("ddb", "list-tables").out()).contains(cli.table());
  }

  @Test
  void dropAsksOnATerminal() {
    cli.ok("ddb", "schema-load");

    Cli.Result declined = cli.answering("n").run("ddb", "drop", cli.table());
    boolean keptAfterNo = cli.ok("ddb", "list-tables").out().contains(cli.table());
    Cli.Result confirmed = cli.answering("yes").run("ddb", "drop", cli.table());

    assertThat(declined.code()).isEqualTo(1);
    assertThat(keptAfterNo).isTrue();
    assertThat(confirmed.code()).isZero();
    assertThat(cli.ok("ddb", "list-tables").out()).doesNotContain(cli.table());
  }

  @Test
  void aWordOtherThanProdIsABadArgument() {
    Cli.Result result = cli.run("ddb", "schema-load", "production");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("the only word allowed here is 'prod'");
  }

  @Test
  void dropWithoutATableNameIsABadArgument() {
    Cli.Result result = cli.run("ddb", "drop");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("<table>");
  }

  @Test
  void scanOfAMissingTableSaysToLoadTheSchema() {
    Cli.Result result = cli.run("ddb", "scan");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("./cruddur ddb schema-load");
  }

  @Test
  void scanPrintsEveryItemAsJsonAndTheCountApart() {
    cli.ok("db", "setup");
    cli.ok("ddb", "schema-load");
    cli.ok("ddb", "seed");

    Cli.Result result = cli.run("ddb", "scan");

    assertThat(result.code()).isZero();
    // 101 messages, their 101 id markers, two conversation items and the pair item.
    assertThat(result.out().lines().filter(l -> l.startsWith("{")).count()).isEqualTo(205);
    assertThat(result.out()).contains("{\"S\":\"MSG#");
    assertThat(result.out().lines()).allMatch(l -> l.startsWith("{"));
    assertThat(result.err()).isEqualTo("205 items" + System.lineSeparator());
  }

  @Test
  void anArgumentACommandDoesNotTakeIsNamedInWordsNotByIndex() {
    Cli.Result result = cli.run("db", "seed", "oops");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err())
        .contains("'oops' is not a command or option this takes")
        .contains("see 'cruddur db seed --help'")
        .doesNotContain("index");
  }

  @Test
  void noHelpTextSendsTheUserToTheSpecOrBreaksAUrl() {
    for (String[] command : EVERY_COMMAND) {
      String help = cli.run(command).out();
      assertThat(help).as(String.join(" ", command)).doesNotContain("SPEC");
      assertThat(help.lines())
          .as(String.join(" ", command))
          .noneMatch(l -> l.strip().matches("[a-z0-9/.:-]*[a-z]") && !l.contains("http"));
    }
    assertThat(cli.run("health-check", "--help").out())
        .contains("http://127.0.0.1:4567/api/health-check");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] command : EVERY_COMMAND) {
      Cli.Result result = cli.run(command);
      assertThat(result.code()).as(String.join(" ", command)).isZero();
      assertThat(result.out()).as(String.join(" ", command)).startsWith("Usage: cruddur");
    }
  }

  @Test
  void everyCommandPrintsTheVersion() {
    for (String[] command : EVERY_COMMAND) {
      String[] version = Arrays.copyOf(command, command.length);
      version[version.length - 1] = "--version";
      Cli.Result result = cli.run(version);
      assertThat(result.code()).as(String.join(" ", version)).isZero();
      assertThat(result.out()).as(String.join(" ", version)).startsWith("Cruddur Messages 0.1.0");
    }
  }

  private static final String[][] EVERY_COMMAND = {
    {"--help"},
    {"ddb", "--help"},
    {"ddb", "schema-load", "--help"},
    {"ddb", "drop", "--help"},
    {"ddb", "list-tables", "--help"},
    {"ddb", "describe-table", "--help"},
    {"ddb", "scan", "--help"},
    {"ddb", "seed", "--help"},
    {"ddb", "patterns", "--help"},
    {"ddb", "patterns", "get-conversation", "--help"},
    {"ddb", "patterns", "list-conversations", "--help"},
    {"db", "--help"},
    {"db", "schema-load", "--help"},
    {"db", "seed", "--help"},
    {"db", "drop", "--help"},
    {"db", "setup", "--help"},
    {"db", "update-cognito-user-ids", "--help"},
    {"cognito", "--help"},
    {"cognito", "list-users", "--help"},
    {"stream-processor", "--help"},
    {"api", "--help"},
    {"health-check", "--help"},
    {"up", "--help"}
  };
}
