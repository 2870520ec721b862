package cruddur.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL for tests: one real embedded server per test JVM, started in a temporary directory on
 * first use and stopped (its directory deleted) at exit. Test classes keep out of each other's way
 * by each taking a fresh database ({@link #newDatabaseUrl}, {@link #newDataSource}).
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static LocalPostgres server;

  private TestPostgres() {}

  /** The shared server. */
  public static synchronized LocalPostgres server() {
    if (server == null) {
      Path dir = createTempDirectory();
      // Logging first, so the server's output threads do not log while SLF4J is still starting.
      LoggerFactory.getILoggerFactory();
      server = LocalPostgres.start(dir.resolve("data"), 0);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    deleteRecursively(dir);
                  }));
    }
    return server;
  }

  /** A JDBC URL of a new, empty database that no other test in this JVM uses. */
  public static String newDatabaseUrl() {
    LocalPostgres postgres = server();
    String name = "test_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + name, e);
    }
    return postgres.jdbcUrl(name);
  }

  /** An unpooled DataSource on a new, empty database (nothing to close). */
  public static DataSource newDataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(newDatabaseUrl());
    return dataSource;
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("cruddur-test-postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Best effort: a leftover temporary directory is not worth failing a test run for. */
  static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // ignored: see above
    }
  }
}
