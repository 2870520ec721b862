package cruddur.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.testing.FreePort;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseTest {

  @Test
  void connectsWithAJdbcUrl() throws SQLException {
    try (Database database = Database.connect(TestPostgres.newDatabaseUrl())) {
      assertThat(currentDatabase(database.dataSource())).startsWith("test_");
    }
  }

  @Test
  void connectsWithTheOriginalsUrlFormWithoutAPassword() throws SQLException {
    int port = TestPostgres.server().port();

    try (Database database =
        Database.connect("postgresql://postgres@127.0.0.1:" + port + "/cruddur")) {
      assertThat(currentDatabase(database.dataSource())).isEqualTo("cruddur");
    }
  }

  @Test
  void anUnreachableServerIsReportedWithItsAddressAndWhatToCheck() throws IOException {
    int port = FreePort.find();

    assertThatThrownBy(
            () -> Database.connect("postgresql://postgres:hunter2@127.0.0.1:" + port + "/cruddur"))
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + port)
        .hasMessageContaining("Check that the server is running")
        .hasMessageContaining("CONNECTION_URL")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void closingTheDatabaseClosesThePool() {
    Database database = Database.connect(TestPostgres.newDatabaseUrl());

    database.close();

    assertThatThrownBy(() -> database.dataSource().getConnection())
        .isInstanceOf(SQLException.class);
  }

  private static String currentDatabase(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_database()")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
