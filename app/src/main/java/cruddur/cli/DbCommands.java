package cruddur.cli;

import cruddur.cognito.PoolUsers;
import cruddur.local.Services;
import cruddur.users.Migrations;
import cruddur.users.SeedUsers;
import cruddur.users.UserRepository;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./cruddur db ...}: the PostgreSQL side, as the original's {@code bin/db} scripts. */
final class DbCommands {
  private DbCommands() {}

  @Command(
      name = "db",
      mixinStandardHelpOptions = true,
      description =
          "The users database: CONNECTION_URL, or the embedded PostgreSQL under the data directory.")
  static final class Db extends CommandGroup {}

  @Command(
      name = "schema-load",
      mixinStandardHelpOptions = true,
      description = "Create or migrate the users schema.")
  static final class SchemaLoad implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    SchemaLoad(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      schemaLoad(services, spec.commandLine().getOut());
    }
  }

  @Command(
      name = "seed",
      mixinStandardHelpOptions = true,
      description = "Insert the seed users (andrewbrown, bayko, londo); existing ones are kept.")
  static final class Seed implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    Seed(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      seed(services, spec.commandLine().getOut());
    }
  }

  @Command(
      name = "drop",
      mixinStandardHelpOptions = true,
      description = "Drop the users schema and everything in it.")
  static final class Drop implements Runnable {
    private final Services services;
    private final Confirmation confirmation;
    @Spec CommandSpec spec;

    @Option(
        names = {"-y", "--yes", "--force"},
        description = "Drop without asking (needed where nobody can answer, as in a script).")
    boolean yes;

    Drop(Services services, Confirmation confirmation) {
      this.services = services;
      this.confirmation = confirmation;
    }

    @Override
    public void run() {
      confirmUsersLost(services, confirmation, yes, "drop");
      Migrations.drop(services.users());
      spec.commandLine().getOut().println("dropped the users schema");
    }
  }

  @Command(
      name = "setup",
      mixinStandardHelpOptions = true,
      description =
          "Start over: drop, load the schema, seed, and set Cognito user ids when a pool is"
              + " configured (AWS_COGNITO_USER_POOL_ID).")
  static final class Setup implements Runnable {
    private final Services services;
    private final Confirmation confirmation;
    @Spec CommandSpec spec;

    @Option(
        names = {"-y", "--yes", "--force"},
        description =
            "Start over without asking when the database has users (needed where nobody can"
                + " answer, as in a script).")
    boolean yes;

    Setup(Services services, Confirmation confirmation) {
      this.services = services;
      this.confirmation = confirmation;
    }

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      confirmUsersLost(services, confirmation, yes, "setup");
      Migrations.drop(services.users());
      out.println("dropped the users schema");
      schemaLoad(services, out);
      seed(services, out);
      if (services.configuredUserPool().isPresent()) {
        updateCognitoIds(services, out);
      } else {
        out.println("no Cognito pool configured; cognito_user_id left as seeded");
      }
    }
  }

  @Command(
      name = "update-cognito-user-ids",
      mixinStandardHelpOptions = true,
      description =
          "Set users.cognito_user_id from the Cognito pool's users (preferred_username = handle →"
              + " sub). Needs AWS_COGNITO_USER_POOL_ID.")
  static final class UpdateCognitoUserIds implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    UpdateCognitoUserIds(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      updateCognitoIds(services, spec.commandLine().getOut());
    }
  }

  private static void schemaLoad(Services services, PrintWriter out) {
    int applied = Migrations.apply(services.users());
    out.println(
        applied == 0
            ? "users schema is up to date"
            : "users schema loaded (" + applied + (applied == 1 ? " migration)" : " migrations)"));
  }

  private static void seed(Services services, PrintWriter out) {
    int inserted = SeedUsers.seed(new UserRepository(services.users()));
    out.println(
        inserted == 0
            ? "seed users already present"
            : "inserted " + inserted + (inserted == 1 ? " seed user" : " seed users"));
  }

  private static void updateCognitoIds(Services services, PrintWriter out) {
    Map<String, String> subs =
        new PoolUsers(services.cognito(), services.userPoolId()).subsByPreferredUsername();
    int updated = new UserRepository(services.users()).updateCognitoUserIds(subs);
    out.println(
        "set cognito_user_id for "
            + updated
            + (updated == 1 ? " user" : " users")
            + " from "
            + subs.size()
            + " pool users with a preferred_username");
  }

  /**
   * Asks before the users go, when there are any: their uuids are what the messages table's
   * conversations belong to, so new seed users do not get those conversations back.
   */
  private static void confirmUsersLost(
      Services services, Confirmation confirmation, boolean yes, String command) {
    long users = Migrations.userCount(services.users());
    if (users > 0) {
      confirmation.require(
          yes,
          "delete the "
              + users
              + (users == 1 ? " user" : " users")
              + " in PostgreSQL; their conversations in the messages table would stay, but"
              + " belong to nobody",
          "./cruddur db " + command);
    }
  }
}
