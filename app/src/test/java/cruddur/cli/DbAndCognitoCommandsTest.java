package cruddur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.testing.FakeCognito;
import cruddur.users.Database;
import cruddur.users.UserRepository;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DbAndCognitoCommandsTest {
  private final FakeCognito cognito =
      fake(
          List.of(
              new FakeCognito.PoolUser("andrew", "andrewbrown", "sub-andrew", "andrew@exampro.co"),
              new FakeCognito.PoolUser("bayko", "bayko", "sub-bayko", "bayko@exampro.co"),
              new FakeCognito.PoolUser("visitor", null, "sub-visitor", "visitor@example.com"),
              new FakeCognito.PoolUser("londo", "londo", "sub-londo", "lmollari@centari.com"),
              new FakeCognito.PoolUser("stranger", "stranger", "sub-stranger", "s@example.com")));
  private final Cli cli = new Cli();

  @AfterEach
  void stopCognito() {
    cognito.close();
  }

  @Test
  void setupLoadsTheSchemaAndSeedsThreeUsers() {
    Cli.Result result = cli.run("db", "setup");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("users schema loaded").contains("inserted 3 seed users");
    assertThat(handles()).containsExactly("andrewbrown", "bayko", "londo");
  }

  @Test
  void seedingTwiceKeepsTheUsers() {
    cli.ok("db", "schema-load");
    cli.ok("db", "seed");

    Cli.Result again = cli.run("db", "seed");

    assertThat(again.out()).contains("seed users already present");
    assertThat(handles()).hasSize(3);
  }

  @Test
  void schemaLoadTwiceReportsTheSchemaIsUpToDate() {
    cli.ok("db", "schema-load");

    assertThat(cli.ok("db", "schema-load").out()).contains("users schema is up to date");
  }

  @Test
  void dropWithYesRemovesTheUsers() {
    cli.ok("db", "setup");

    cli.ok("db", "drop", "--yes");

    assertThat(cli.ok("db", "schema-load").out()).contains("users schema loaded");
    assertThat(handles()).isEmpty();
  }

  @Test
  void dropAndSetupRunAsCommandsWithNobodyToAskRefuseAndKeepTheUsers() {
    cli.ok("db", "setup");
    List<String> before = handles();

    Cli.Result drop = cli.runAsProcess("db", "drop");
    Cli.Result setup = cli.runAsProcess("db", "setup");

    assertThat(drop.code()).isEqualTo(1);
    assertThat(drop.err().lines()).hasSize(1);
    assertThat(drop.err())
        .contains("delete the 3 users", "nothing was changed", "./cruddur db drop --yes");
    assertThat(setup.code()).isEqualTo(1);
    assertThat(setup.err()).contains("./cruddur db setup --yes");
    assertThat(handles()).isEqualTo(before);
  }

  @Test
  void setupAsksOnATerminalAndGoesOnOnlyForYes() {
    cli.ok("db", "setup");
    List<String> before = uuids();

    Cli.Result declined = cli.answering("no").run("db", "setup");
    List<String> afterDeclined = uuids();
    Cli.Result confirmed = cli.answering("yes").run("db", "setup");

    assertThat(declined.code()).isEqualTo(1);
    assertThat(declined.err()).contains("not confirmed; nothing was changed");
    assertThat(afterDeclined).isEqualTo(before);
    assertThat(confirmed.code()).isZero();
    assertThat(uuids()).hasSize(3).doesNotContainAnyElementsOf(before);
  }

  @Test
  void setupOnAnEmptyDatabaseNeedsNoConfirmation() {
    Cli.Result result = cli.runAsProcess("db", "setup");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(handles()).hasSize(3);
  }

  @Test
  void updateCognitoUserIdsReadsEveryPageOfThePool() {
    cli.ok("db", "setup");
    withPool();

    Cli.Result result = cli.run("db", "update-cognito-user-ids");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("set cognito_user_id for 3 users from 4 pool users");
    try (Database db = Database.connect(url())) {
      assertThat(
              new UserRepository(db.dataSource())
                  .findByHandle("londo")
                  .orElseThrow()
                  .cognitoUserId())
          .isEqualTo("sub-londo");
    }
  }

  @Test
  void setupWithAPoolAlsoSetsCognitoIds() {
    withPool();

    assertThat(cli.ok("db", "setup").out()).contains("set cognito_user_id for 3 users");
  }

  @Test
  void listUsersPrintsEveryUserOfEveryPage() {
    withPool();

    Cli.Result result = cli.run("cognito", "list-users");

    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("sub-andrew", "sub-bayko", "sub-visitor", "sub-londo", "sub-stranger");
    assertThat(result.out()).endsWith("5 users" + System.lineSeparator());
  }

  @Test
  void cognitoCommandsWithoutAPoolSayWhatToSet() {
    Cli.Result result = cli.run("cognito", "list-users");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("set AWS_COGNITO_USER_POOL_ID");
  }

  @Test
  void anUnknownPoolIsReportedInOneLine() {
    withPool();
    cli.with("AWS_COGNITO_USER_POOL_ID", "us-east-1_Nope");

    Cli.Result result = cli.run("cognito", "list-users");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("us-east-1_Nope");
  }

  @Test
  void anUnreachableDatabaseIsReportedInOneLine() {
    cli.with("CONNECTION_URL", "postgresql://postgres@127.0.0.1:1/cruddur");

    Cli.Result result = cli.run("db", "schema-load");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("127.0.0.1:1");
  }

  private void withPool() {
    cli.with("AWS_COGNITO_USER_POOL_ID", FakeCognito.POOL)
        .with("CRUDDUR_COGNITO_ENDPOINT", cognito.endpoint().toString());
  }

  private String url() {
    return cli.env("CONNECTION_URL");
  }

  private List<String> handles() {
    try (Database db = Database.connect(url())) {
      return new UserRepository(db.dataSource()).all().stream().map(u -> u.handle()).toList();
    }
  }

  private List<String> uuids() {
    try (Database db = Database.connect(url())) {
      return new UserRepository(db.dataSource())
          .all().stream().map(u -> u.uuid().toString()).toList();
    }
  }

  private static FakeCognito fake(List<FakeCognito.PoolUser> users) {
    try {
      return new FakeCognito(users);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
