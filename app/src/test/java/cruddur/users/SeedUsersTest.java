package cruddur.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedUsersTest {
  private UserRepository users;

  @BeforeEach
  void freshSchema() {
    DataSource dataSource = TestPostgres.newDataSource();
    Migrations.apply(dataSource);
    users = new UserRepository(dataSource);
  }

  @Test
  void seedingAddsTheThreeSeedUsersWithMockCognitoIds() {
    int inserted = SeedUsers.seed(users);

    assertThat(inserted).isEqualTo(3);
    assertThat(users.all())
        .extracting(User::displayName, User::handle, User::email, User::cognitoUserId)
        .containsExactly(
            tuple("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK"),
            tuple("Andrew Bayko", "bayko", "bayko@exampro.co", "MOCK"),
            tuple("Londo Mollari", "londo", "lmollari@centari.com", "MOCK"));
  }

  @Test
  void seedingTwiceInsertsNothingNew() {
    SeedUsers.seed(users);

    int insertedAgain = SeedUsers.seed(users);

    assertThat(insertedAgain).isZero();
    assertThat(users.all()).hasSize(3);
  }

  @Test
  void seedingAddsOnlyTheSeedUsersThatAreMissing() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    int inserted = SeedUsers.seed(users);

    assertThat(inserted).isEqualTo(2);
    assertThat(users.findByHandle("andrewbrown")).map(User::cognitoUserId).contains("sub-andrew");
  }
}
