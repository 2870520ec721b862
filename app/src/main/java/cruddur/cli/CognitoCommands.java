package cruddur.cli;

import cruddur.cognito.PoolUsers;
import cruddur.local.Services;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./cruddur cognito ...}: the Cognito user pool (AWS_COGNITO_USER_POOL_ID). */
final class CognitoCommands {
  private CognitoCommands() {}

  @Command(
      name = "cognito",
      mixinStandardHelpOptions = true,
      description = "The Cognito user pool.")
  static final class Cognito extends CommandGroup {}

  @Command(
      name = "list-users",
      mixinStandardHelpOptions = true,
      description = "Print every user of the pool, every page.")
  static final class ListUsers implements Runnable {
    private final Services services;
    @Spec CommandSpec spec;

    ListUsers(Services services) {
      this.services = services;
    }

    @Override
    public void run() {
      List<PoolUsers.PoolUser> users =
          new PoolUsers(services.cognito(), services.userPoolId()).all();
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%-24s %-20s %-38s %-28s %s%n",
          "USERNAME", "PREFERRED_USERNAME", "SUB", "EMAIL", "STATUS");
      for (PoolUsers.PoolUser u : users) {
        out.printf(
            "%-24s %-20s %-38s %-28s %s%n",
            u.username(),
            u.preferredUsername().orElse("-"),
            u.sub().orElse("-"),
            u.email().orElse("-"),
            u.status());
      }
      out.println(users.size() + (users.size() == 1 ? " user" : " users"));
    }
  }
}
