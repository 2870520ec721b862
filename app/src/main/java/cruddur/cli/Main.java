package cruddur.cli;

import cruddur.config.ConfigurationException;
import cruddur.config.Environment;
import cruddur.local.Services;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;

/** {@code ./cruddur}: the Cruddur Messages command line, wired here and nowhere else. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // The engine's jar brings slf4j-simple for the standalone engine; the app logs through logback.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
    }
    // SLF4J otherwise says on standard error which provider it loads, at every start.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    // Initialised here, before the embedded engine's threads log, so SLF4J need not replay
    // their early calls (and say so on the console).
    LoggerFactory.getILoggerFactory();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = run(args, Environment.of(System.getenv()), out, err);
    } catch (ConfigurationException e) {
      err.println("cruddur: " + e.getMessage());
      code = 1;
    } finally {
      // Autoflush covers println only: what a command print()s must not be lost at exit.
      out.flush();
      err.flush();
    }
    System.exit(code);
  }

  /** Runs one command line against the given environment; returns the exit code. */
  public static int run(String[] args, Environment env, PrintWriter out, PrintWriter err) {
    return run(args, env, out, err, Confirmation.Terminal.console());
  }

  /** As {@link #run(String[], Environment, PrintWriter, PrintWriter)}, asking {@code terminal}. */
  static int run(
      String[] args,
      Environment env,
      PrintWriter out,
      PrintWriter err,
      Confirmation.Terminal terminal) {
    try (Services services = new Services(env)) {
      return Commands.build(services, out, err, new Confirmation(terminal)).execute(args);
    }
  }
}
