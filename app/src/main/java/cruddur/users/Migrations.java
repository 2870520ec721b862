package cruddur.users;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The users schema, as versioned Flyway migrations under {@code db/migration} ({@code db
 * schema-load} applies them; {@code db drop} undoes everything).
 */
public final class Migrations {
  private static final String HISTORY_TABLE = "flyway_schema_history";

  private Migrations() {}

  /** Applies the migrations the database has not seen yet; returns how many ran. */
  public static int apply(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .schemas("public")
        .table(HISTORY_TABLE)
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /** How many users the users table holds; zero when there is no such table yet. */
  public static long userCount(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet exists =
          statement.executeQuery("SELECT to_regclass('public.users') IS NOT NULL")) {
        exists.next();
        if (!exists.getBoolean(1)) {
          return 0;
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM public.users")) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new UserStoreException("Could not count the users: " + e.getMessage(), e);
    }
  }

  /** Drops the users table and Flyway's history of it, so that {@link #apply} starts over. */
  public static void drop(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // One transaction: never the table gone but its history left claiming it exists.
      connection.setAutoCommit(false);
      statement.execute("DROP TABLE IF EXISTS public.users");
      statement.execute("DROP TABLE IF EXISTS public." + HISTORY_TABLE);
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new UserStoreException("Could not drop the users schema: " + e.getMessage(), e);
    }
  }
}
