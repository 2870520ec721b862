package cruddur.cli;

import java.io.Console;
import java.util.Optional;

/**
 * Asks before a command destroys data: on a terminal the user types {@code yes}; with nobody to ask
 * (a script, a pipe) the command refuses unless {@code --yes} was given, saying what would be lost.
 */
final class Confirmation {
  /** Where the question goes; empty when nobody can answer it. */
  @FunctionalInterface
  interface Terminal {
    Optional<String> ask(String question);

    /** The process's own terminal, if it has one. */
    static Terminal console() {
      Console console = System.console();
      return console == null
          ? question -> Optional.empty()
          : question -> Optional.ofNullable(console.readLine("%s", question));
    }
  }

  private final Terminal terminal;

  Confirmation(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Returns when the user agreed (or {@code yes} was given); otherwise throws a UserError that says
   * nothing was changed.
   *
   * @param loss what would be lost, as in "drop table cruddur-messages and its 205 items"
   * @param command the command line to repeat with --yes, as in "./cruddur ddb drop x"
   */
  void require(boolean yes, String loss, String command) {
    if (yes) {
      return;
    }
    Optional<String> answer = terminal.ask("This will " + loss + ". Type 'yes' to go on: ");
    if (answer.isEmpty()) {
      throw new UserError(
          "this would " + loss + "; nothing was changed (run '" + command + " --yes' to go ahead)");
    }
    if (!answer.get().strip().equalsIgnoreCase("yes")) {
      throw new UserError("not confirmed; nothing was changed");
    }
  }
}
