package cruddur.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The optional {@code prod} word of the original scripts: real AWS instead of the local engine. */
final class Prod {
  static final String DESCRIPTION =
      "'prod' to use real AWS (credentials and AWS_DEFAULT_REGION from the environment, and"
          + " AWS_ENDPOINT_URL if set); otherwise the local engine or AWS_ENDPOINT_URL.";

  private Prod() {}

  static boolean requested(CommandSpec spec, String word) {
    if (word == null) {
      return false;
    }
    if (!word.equals("prod")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unexpected argument '" + word + "': the only word allowed here is 'prod'");
    }
    return true;
  }
}
