package cruddur.cli;

import cruddur.local.Services;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the command tree with its collaborators, and the one-line error reporting. */
final class Commands {
  /** What {@code --version} prints, for every command. */
  static final String VERSION = "Cruddur Messages 0.1.0";

  private Commands() {}

  @Command(
      name = "cruddur",
      mixinStandardHelpOptions = true,
      version = VERSION,
      description =
          "Cruddur Messages: the scripts for its DynamoDB table, PostgreSQL users and Cognito"
              + " pool, and the local stream processor.",
      subcommands = CommandLine.HelpCommand.class)
  static final class Root extends CommandGroup {}

  static CommandLine build(
      Services services, PrintWriter out, PrintWriter err, Confirmation confirmation) {
    CommandLine root = new CommandLine(new Root());
    root.addSubcommand(
        new CommandLine(new DdbCommands.Ddb())
            .addSubcommand(new DdbCommands.SchemaLoad(services))
            .addSubcommand(new DdbCommands.Drop(services, confirmation))
            .addSubcommand(new DdbCommands.ListTables(services))
            .addSubcommand(new DdbCommands.DescribeTable(services))
            .addSubcommand(new DdbCommands.Scan(services))
            .addSubcommand(new SeedCommand(services))
            .addSubcommand(
                new CommandLine(new PatternCommands.Patterns())
                    .addSubcommand(new PatternCommands.GetConversation(services))
                    .addSubcommand(new PatternCommands.ListConversations(services))));
    root.addSubcommand(
        new CommandLine(new DbCommands.Db())
            .addSubcommand(new DbCommands.SchemaLoad(services))
            .addSubcommand(new DbCommands.Seed(services))
            .addSubcommand(new DbCommands.Drop(services, confirmation))
            .addSubcommand(new DbCommands.Setup(services, confirmation))
            .addSubcommand(new DbCommands.UpdateCognitoUserIds(services)));
    root.addSubcommand(
        new CommandLine(new CognitoCommands.Cognito())
            .addSubcommand(new CognitoCommands.ListUsers(services)));
    root.addSubcommand(new StreamProcessorCommand(services));
    root.addSubcommand(new ApiCommand(services));
    root.addSubcommand(new HealthCheckCommand());
    root.addSubcommand(new UpCommand(services.environment()));
    everyCommand(root, c -> c.getCommandSpec().version(VERSION));
    root.setOut(out);
    root.setErr(err);
    root.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(name(commandLine) + ": " + Failures.describe(e));
          return 1;
        });
    root.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine commandLine = e.getCommandLine();
          commandLine
              .getErr()
              .println(
                  name(commandLine)
                      + ": "
                      + inWords(e)
                      + " (see '"
                      + commandLine.getCommandSpec().qualifiedName()
                      + " --help')");
          return 2;
        });
    return root;
  }

  /** picocli's message, where it speaks of argument indexes, in the words a user typed. */
  private static String inWords(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      List<String> words = unmatched.getUnmatched();
      return (words.size() == 1
              ? "'" + words.get(0) + "' is"
              : "'" + String.join(" ", words) + "' are")
          + " not a command or option this takes";
    }
    return e.getMessage();
  }

  /** Every command's help offers --version, so every command answers it. */
  private static void everyCommand(CommandLine command, Consumer<CommandLine> action) {
    action.accept(command);
    command.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
  }

  private static String name(CommandLine commandLine) {
    return commandLine.getCommandSpec().qualifiedName();
  }
}
