package cruddur.cli;

import cruddur.config.Environment;
import cruddur.testing.ChildJvm;
import cruddur.testing.TestEngine;
import cruddur.users.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./cruddur} command lines in-process the way {@link Main} does, against the test
 * engine and a fresh PostgreSQL database of its own, with its own table name.
 */
final class Cli {
  /** What one command line did. */
  record Result(int code, String out, String err) {}

  private final Map<String, String> env = new HashMap<>();
  private Confirmation.Terminal terminal = question -> Optional.empty();

  Cli() {
    try {
      env.put("AWS_ENDPOINT_URL", TestEngine.endpoint().toString());
      env.put("CONNECTION_URL", TestPostgres.newDatabaseUrl());
      env.put("DDB_MESSAGE_TABLE", TestEngine.uniqueTableName("cli"));
      env.put("CRUDDUR_DATA_DIR", Files.createTempDirectory("cruddur-cli").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Cli with(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs the next commands as on a terminal where the user answers every question so. */
  Cli answering(String answer) {
    terminal = question -> Optional.of(answer);
    return this;
  }

  Cli without(String name) {
    env.remove(name);
    return this;
  }

  String env(String name) {
    return env.get(name);
  }

  String table() {
    return env.get("DDB_MESSAGE_TABLE");
  }

  Path dataDir() {
    return Path.of(env.get("CRUDDUR_DATA_DIR"));
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            Environment.of(env),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            terminal);
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Runs the command line in a JVM of its own, as {@code ./cruddur} does, with this environment:
   * what it prints is what a user sees, exit included.
   */
  Result runAsProcess(String... args) {
    ProcessBuilder builder = ChildJvm.cruddur(args);
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> err =
          CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      String out = read(process.getInputStream());
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", args) + " did not exit within 120 s");
      }
      return new Result(process.exitValue(), out, err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs and insists on success, so a test's arrange steps fail loudly. */
  Result ok(String... args) {
    Result result = run(args);
    if (result.code() != 0) {
      throw new AssertionError(
          String.join(" ", args) + " exited " + result.code() + ": " + result.err());
    }
    return result;
  }
}
