package cruddur.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsTest {
  private DataSource dataSource;

  @BeforeEach
  void freshDatabase() {
    dataSource = TestPostgres.newDataSource();
  }

  @Test
  void applyCreatesTheUsersTableAsSpecified() throws SQLException {
    Migrations.apply(dataSource);

    assertThat(
            query(
                "SELECT column_name || ' ' || data_type || ' ' || is_nullable"
                    + " FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name = 'users'"
                    + " ORDER BY ordinal_position"))
        .containsExactly(
            "uuid uuid NO",
            "display_name text NO",
            "handle text NO",
            "email text NO",
            "cognito_user_id text NO",
            "created_at timestamp without time zone NO");
  }

  @Test
  void applyRunsEachMigrationOnce() {
    int first = Migrations.apply(dataSource);
    int second = Migrations.apply(dataSource);

    assertThat(List.of(first, second)).containsExactly(1, 0);
  }

  @Test
  void omittedUuidAndCreatedAtAreFilledIn() throws SQLException {
    Migrations.apply(dataSource);
    insert("andrewbrown", "MOCK");

    assertThat(
            query(
                "SELECT (uuid IS NOT NULL AND created_at > now() - interval '1 minute')::text"
                    + " FROM public.users"))
        .containsExactly("true");
  }

  @Test
  void twoUsersCannotShareAHandle() throws SQLException {
    Migrations.apply(dataSource);
    insert("andrewbrown", "sub-1");

    assertThatThrownBy(() -> insert("andrewbrown", "sub-2"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("users_handle_key");
  }

  @Test
  void twoUsersCannotShareARealCognitoId() throws SQLException {
    Migrations.apply(dataSource);
    insert("andrewbrown", "sub-1");

    assertThatThrownBy(() -> insert("bayko", "sub-1"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("users_cognito_user_id_key");
  }

  @Test
  void manyUsersMayShareTheMockCognitoId() throws SQLException {
    Migrations.apply(dataSource);
    insert("andrewbrown", "MOCK");
    insert("bayko", "MOCK");

    assertThat(query("SELECT handle FROM public.users ORDER BY handle"))
        .containsExactly("andrewbrown", "bayko");
  }

  @Test
  void dropRemovesTheTableAndItsHistorySoApplyStartsOver() throws SQLException {
    Migrations.apply(dataSource);
    insert("andrewbrown", "MOCK");

    Migrations.drop(dataSource);
    int reapplied = Migrations.apply(dataSource);

    assertThat(reapplied).isEqualTo(1);
    assertThat(query("SELECT handle FROM public.users")).isEmpty();
  }

  @Test
  void dropOnAnEmptyDatabaseIsHarmless() throws SQLException {
    Migrations.drop(dataSource);

    assertThat(query("SELECT coalesce(to_regclass('public.users')::text, 'absent')"))
        .containsExactly("absent");
  }

  private void insert(String handle, String cognitoUserId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO public.users (display_name, handle, email, cognito_user_id)"
                    + " VALUES ('Someone', ?, 'someone@example.com', ?)")) {
      statement.setString(1, handle);
      statement.setString(2, cognitoUserId);
      statement.executeUpdate();
    }
  }

  private List<String> query(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
