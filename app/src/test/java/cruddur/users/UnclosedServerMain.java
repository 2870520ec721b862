package cruddur.users;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * Run in a child JVM by {@link LocalPostgresTest}: starts a LocalPostgres on the directory given as
 * its argument, writes a row, says "ready", then waits to be killed. Never closes the server, like
 * a JVM that dies by {@code kill -9}.
 */
public final class UnclosedServerMain {
  static final String READY = "ready";
  static final String ROW = "still here";

  private UnclosedServerMain() {}

  public static void main(String[] args) throws Exception {
    LocalPostgres postgres = LocalPostgres.start(Path.of(args[0]), 0);
    try (Connection connection =
            DriverManager.getConnection(postgres.jdbcUrl(LocalPostgres.DEFAULT_DATABASE));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE survivor (note text)");
      statement.execute("INSERT INTO survivor VALUES ('" + ROW + "')");
    }
    System.out.println(READY);
    System.out.flush();
    // Bounded, so that a parent that dies first does not leave this JVM behind for long.
    Thread.sleep(Duration.ofMinutes(2).toMillis());
  }
}
