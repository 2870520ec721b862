package cruddur.users;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A small connection pool to the users database, opened from a {@code CONNECTION_URL} (see {@link
 * ConnectionUrl} for the accepted forms). Opening it connects once, so a wrong URL or a server that
 * is down fails here with a {@link DatabaseUnavailableException} that says what to check, rather
 * than on the first request.
 */
public final class Database implements AutoCloseable {
  private static final int POOL_SIZE = 4;
  private static final long CONNECTION_TIMEOUT_MILLIS = 3_000;
  private static final String CONNECT_TIMEOUT_SECONDS = "3";

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * Connects to the database named by {@code url}.
   *
   * @throws IllegalArgumentException if the URL is not a PostgreSQL URL
   * @throws DatabaseUnavailableException if the server cannot be reached or refuses the login
   */
  public static Database connect(String url) {
    ConnectionUrl target = ConnectionUrl.parse(url);
    checkReachable(target);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(target.jdbcUrl());
    target.user().ifPresent(config::setUsername);
    target.password().ifPresent(config::setPassword);
    // A default only: a connectTimeout in the URL itself wins.
    config.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    // checkReachable has just connected; skipping Hikari's own first attempt keeps its
    // stack-trace logging out of the way when the server is down.
    config.setInitializationFailTimeout(-1);
    config.setPoolName("users-" + target.endpoint());
    return new Database(new HikariDataSource(config));
  }

  /** The pool. */
  public DataSource dataSource() {
    return pool;
  }

  /** Closes every pooled connection. */
  @Override
  public void close() {
    pool.close();
  }

  private static void checkReachable(ConnectionUrl target) {
    Properties properties = new Properties();
    properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
    target.user().ifPresent(user -> properties.setProperty("user", user));
    target.password().ifPresent(password -> properties.setProperty("password", password));
    try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), properties)) {
      connection.isValid(1);
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(
          "Cannot connect to PostgreSQL at "
              + target.endpoint()
              + " (database \""
              + target.database()
              + "\"): "
              + e.getMessage()
              + ". Check that the server is running and reachable there, and that CONNECTION_URL"
              + " names the right host, port, database, user and password (unset CONNECTION_URL"
              + " to use the embedded server).",
          e);
    }
  }
}
