package cruddur.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own on the tests' class path, for what must be tested as a separate process (killed
 * with SIGKILL, started again): {@code ./cruddur} commands, or any main class.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** {@code ./cruddur <args>} (through {@code cruddur.cli.Main}), with a clean environment. */
  public static ProcessBuilder cruddur(String... args) {
    ProcessBuilder builder = main("cruddur.cli.Main", args);
    // What the test JVM inherited must not point the child at other services.
    builder
        .environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("AWS_")
                    || k.startsWith("CRUDDUR_")
                    || k.equals("CONNECTION_URL")
                    || k.equals("DDB_MESSAGE_TABLE"));
    builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
    return builder;
  }

  /** {@code java <mainClass> <args>} on this JVM's class path, logging through logback. */
  public static ProcessBuilder main(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider");
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
