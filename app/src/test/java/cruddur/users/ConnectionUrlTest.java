package cruddur.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionUrlTest {

  @Test
  void theOriginalsUrlBecomesAJdbcUrlWithSeparateCredentials() {
    ConnectionUrl url =
        ConnectionUrl.parse("postgresql://postgres:password@localhost:5432/cruddur");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/cruddur");
    assertThat(url.user()).contains("postgres");
    assertThat(url.password()).contains("password");
    assertThat(url.endpoint()).isEqualTo("localhost:5432");
    assertThat(url.database()).isEqualTo("cruddur");
  }

  @Test
  void thePostgresSchemeIsAcceptedToo() {
    ConnectionUrl url = ConnectionUrl.parse("postgres://bob@db.internal:6543/app");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/app");
    assertThat(url.endpoint()).isEqualTo("db.internal:6543");
  }

  @Test
  void thePasswordMayBeAbsent() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://bob@db.internal/app");

    assertThat(url.user()).contains("bob");
    assertThat(url.password()).isEmpty();
  }

  @Test
  void credentialsMayBeAbsentAltogether() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://db.internal/app");

    assertThat(List.of(url.user(), url.password()))
        .containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void aMissingPortIsPostgresDefaultPort() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://bob@db.internal/app");

    assertThat(url.endpoint()).isEqualTo("db.internal:5432");
  }

  @Test
  void aMissingHostIsLocalhost() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql:///app");

    assertThat(url.endpoint()).isEqualTo("localhost:5432");
    assertThat(url.database()).isEqualTo("app");
  }

  @Test
  void percentEncodedCredentialsAreDecodedAndPlusStaysAPlus() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://b%40b:p%40ss%3Aw+rd@host/app");

    assertThat(url.user()).contains("b@b");
    assertThat(url.password()).contains("p@ss:w+rd");
  }

  @Test
  void parametersArePassedOnWithLibpqNamesTranslated() {
    ConnectionUrl url =
        ConnectionUrl.parse(
            "postgresql://u:p@host:5432/app?sslmode=require&connect_timeout=7"
                + "&application_name=cruddur");

    assertThat(url.jdbcUrl())
        .isEqualTo(
            "jdbc:postgresql://host:5432/app"
                + "?sslmode=require&connectTimeout=7&ApplicationName=cruddur");
  }

  @Test
  void severalHostsAreKeptForFailover() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://u@one:5432,two:5433/app");

    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://one:5432,two:5433/app");
    assertThat(url.endpoint()).isEqualTo("one:5432,two:5433");
  }

  @Test
  void aJdbcUrlIsTakenAsItIs() {
    String jdbc = "jdbc:postgresql://127.0.0.1:5433/cruddur?user=postgres";

    ConnectionUrl url = ConnectionUrl.parse(jdbc);

    assertThat(url.jdbcUrl()).isEqualTo(jdbc);
    assertThat(url.endpoint()).isEqualTo("127.0.0.1:5433");
    assertThat(url.user()).isEmpty();
  }

  @Test
  void anotherSchemeIsRefusedWithoutEchoingThePassword() {
    assertThatThrownBy(() -> ConnectionUrl.parse("mysql://root:hunter2@localhost/cruddur"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void printingItNeverShowsThePassword() {
    ConnectionUrl url = ConnectionUrl.parse("postgresql://postgres:hunter2@localhost/cruddur");

    assertThat(url.toString()).contains("localhost:5432").doesNotContain("hunter2");
  }
}
