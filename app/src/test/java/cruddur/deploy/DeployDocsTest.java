package cruddur.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.cli.Main;
import cruddur.config.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/AWS.md and the Dockerfile name only commands and settings that exist. */
class DeployDocsTest {
  private static final Path GUIDE = Template.repositoryRoot().resolve("docs/AWS.md");
  private static final Pattern COMMAND = Pattern.compile("\\./cruddur ([a-z-]+)(?: ([a-z-]+))?");
  private static final Pattern VARIABLE =
      Pattern.compile(
          "\\b(AWS_[A-Z_]+|DDB_[A-Z_]+|CRUDDUR_[A-Z_]+|CONNECTION_URL|FRONTEND_URL|BACKEND_URL)\\b");

  /** The launcher's own commands, which the app does not have. */
  private static final Set<String> LAUNCHER = Set.of("build", "up", "dynamo", "help");

  private static final Set<String> GROUPS = Set.of("ddb", "db", "cognito");

  /** Names the AWS SDK and CLI read, which the guide may mention too. */
  private static final Set<String> AWS_OWN =
      Set.of(
          "AWS_REGION",
          "AWS_ACCESS_KEY_ID",
          "AWS_SECRET_ACCESS_KEY",
          "AWS_SESSION_TOKEN",
          "AWS_PROFILE",
          "AWS_EC2_METADATA_DISABLED");

  @Test
  void everyCommandTheGuideShowsExists() throws IOException {
    List<String> missing = new ArrayList<>();
    Matcher commands = COMMAND.matcher(Files.readString(GUIDE));
    Set<String> checked = new TreeSet<>();
    while (commands.find()) {
      String command = commands.group(1);
      if (LAUNCHER.contains(command)) {
        continue;
      }
      List<String> args = new ArrayList<>(List.of(command));
      if (GROUPS.contains(command) && commands.group(2) != null) {
        args.add(commands.group(2));
      }
      if (checked.add(String.join(" ", args))) {
        args.add("--help");
        StringWriter err = new StringWriter();
        int code =
            Main.run(
                args.toArray(String[]::new),
                Environment.of(Map.of()),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        if (code != 0) {
          missing.add("./cruddur " + String.join(" ", args) + ": " + err);
        }
      }
    }
    assertThat(checked).contains("api", "ddb schema-load", "db update-cognito-user-ids");
    assertThat(missing).isEmpty();
  }

  @Test
  void theGuideAndTheImageUseOnlySettingsTheAppOrTheAwsSdkReads() throws IOException {
    Set<String> unknown = new TreeSet<>();
    for (Path file : List.of(GUIDE, Dockerfile.FILE)) {
      Matcher names = VARIABLE.matcher(Files.readString(file));
      while (names.find()) {
        String name = names.group(1);
        if (!Environment.NAMES.contains(name) && !AWS_OWN.contains(name)) {
          unknown.add(file.getFileName() + ": " + name);
        }
      }
    }
    assertThat(unknown).isEmpty();
  }
}
