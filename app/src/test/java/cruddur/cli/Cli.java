package cruddur.cli;

import cruddur.config.Environment;
import cruddur.testing.TestEngine;
import cruddur.users.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@code ./cruddur} command lines in-process the way {@link Main} does, against the test
 * engine and a fresh PostgreSQL database of its own, with its own table name.
 */
final class Cli {
  /** What one command line did. */
  record Result(int code, String out, String err) {}

  private final Map<String, String> env = new HashMap<>();

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
        Main.run(args, Environment.of(env), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
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
