package cruddur.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserRepositoryTest {
  private static DataSource dataSource;
  private UserRepository users;

  @BeforeAll
  static void schema() {
    dataSource = TestPostgres.newDataSource();
    Migrations.apply(dataSource);
  }

  @BeforeEach
  void noUsers() throws SQLException {
    users = new UserRepository(dataSource);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE public.users");
    }
  }

  @Test
  void findByHandleReturnsEveryColumnOfTheUser() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    User found = users.findByHandle("andrewbrown").orElseThrow();

    assertThat(found)
        .extracting(User::displayName, User::handle, User::email, User::cognitoUserId)
        .containsExactly("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");
    assertThat(found.uuid()).isNotNull();
    assertThat(Duration.between(found.createdAt(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aHandleOrCognitoIdWithANulNamesNobodyRatherThanFailingInPostgresql() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    assertThat(users.findByHandle("andrew\0brown")).isEmpty();
    assertThat(users.findByCognitoId("sub\0andrew")).isEmpty();
    SenderAndReceiver ends = users.findSenderAndReceiver("sub-andrew", "a\0b");
    assertThat(ends.sender()).isPresent();
    assertThat(ends.receiver()).isEmpty();
    assertThat(users.updateCognitoUserIds(Map.of("a\0b", "sub-x"))).isZero();
    assertThatThrownBy(() -> users.insertIfAbsent("Nul", "nul\0", "nul@example.com", "sub-nul"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCognitoIdIsAssignedOnlyWhileTheUserHasNoneAndTheFirstOneStays() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");
    UUID andrew = users.findByHandle("andrewbrown").orElseThrow().uuid();

    Optional<String> first = users.assignCognitoIdIfUnset(andrew, "sub-first");
    Optional<String> second = users.assignCognitoIdIfUnset(andrew, "sub-second");

    assertThat(first).contains("sub-first");
    assertThat(second).contains("sub-first");
    assertThat(users.findByCognitoId("sub-first")).isPresent();
    assertThat(users.assignCognitoIdIfUnset(UUID.randomUUID(), "sub-nobody")).isEmpty();
  }

  @Test
  void findByHandleFindsNobodyForAnUnknownHandle() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    assertThat(users.findByHandle("nobody")).isEmpty();
  }

  @Test
  void findByCognitoIdFindsTheUserWithThatSub() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");
    users.insertIfAbsent("Andrew Bayko", "bayko", "bayko@exampro.co", "sub-bayko");

    assertThat(users.findByCognitoId("sub-bayko")).map(User::handle).contains("bayko");
  }

  @Test
  void findByCognitoIdFindsNobodyForAnUnknownSub() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    assertThat(users.findByCognitoId("sub-unknown")).isEmpty();
  }

  @Test
  void findByCognitoIdNeverTakesTheMockPlaceholderForAUser() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");

    assertThat(users.findByCognitoId("MOCK")).isEmpty();
  }

  @Test
  void findByUuidFindsTheUserWithThatUuid() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");
    UUID uuid = users.findByHandle("andrewbrown").orElseThrow().uuid();

    assertThat(users.findByUuid(uuid)).map(User::handle).contains("andrewbrown");
  }

  @Test
  void findByUuidFindsNobodyForAnUnknownUuid() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    assertThat(users.findByUuid(UUID.randomUUID())).isEmpty();
  }

  @Test
  void findSenderAndReceiverFindsBothWhenBothExist() {
    twoUsers();

    SenderAndReceiver found = users.findSenderAndReceiver("sub-andrew", "bayko");

    assertThat(handles(found)).containsExactly(Optional.of("andrewbrown"), Optional.of("bayko"));
  }

  @Test
  void findSenderAndReceiverFindsOnlyTheSenderWhenTheReceiverIsUnknown() {
    twoUsers();

    SenderAndReceiver found = users.findSenderAndReceiver("sub-andrew", "nobody");

    assertThat(handles(found)).containsExactly(Optional.of("andrewbrown"), Optional.empty());
  }

  @Test
  void findSenderAndReceiverFindsOnlyTheReceiverWhenTheSenderIsUnknown() {
    twoUsers();

    SenderAndReceiver found = users.findSenderAndReceiver("sub-unknown", "bayko");

    assertThat(handles(found)).containsExactly(Optional.empty(), Optional.of("bayko"));
  }

  @Test
  void findSenderAndReceiverFindsNeitherWhenBothAreUnknown() {
    twoUsers();

    SenderAndReceiver found = users.findSenderAndReceiver("sub-unknown", "nobody");

    assertThat(handles(found)).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void findSenderAndReceiverFindsAUserWritingToThemself() {
    twoUsers();

    SenderAndReceiver found = users.findSenderAndReceiver("sub-bayko", "bayko");

    assertThat(handles(found)).containsExactly(Optional.of("bayko"), Optional.of("bayko"));
  }

  @Test
  void allListsEveryUserByHandle() {
    users.insertIfAbsent("Londo Mollari", "londo", "lmollari@centari.com", "MOCK");
    users.insertIfAbsent("Andrew Bayko", "bayko", "bayko@exampro.co", "MOCK");
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");

    assertThat(users.all())
        .extracting(User::handle)
        .containsExactly("andrewbrown", "bayko", "londo");
  }

  @Test
  void allIsEmptyWhenThereAreNoUsers() {
    assertThat(users.all()).isEmpty();
  }

  @Test
  void insertIfAbsentAddsAUserWithANewHandle() {
    boolean inserted =
        users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");

    assertThat(inserted).isTrue();
    assertThat(users.findByHandle("andrewbrown")).isPresent();
  }

  @Test
  void insertIfAbsentLeavesAnExistingHandleAsItWas() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");

    boolean inserted = users.insertIfAbsent("Impostor", "andrewbrown", "evil@example.com", "MOCK");

    assertThat(inserted).isFalse();
    assertThat(users.findByHandle("andrewbrown")).map(User::email).contains("andrew@exampro.co");
  }

  @Test
  void insertIfAbsentRefusesARealCognitoIdThatAnotherHandleHolds() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");

    assertThatThrownBy(
            () -> users.insertIfAbsent("Andrew Bayko", "bayko", "bayko@exampro.co", "sub-andrew"))
        .isInstanceOf(UserStoreException.class)
        .hasMessageContaining("bayko");
  }

  @Test
  void updateCognitoUserIdsSetsTheSubOfEachKnownHandle() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");
    users.insertIfAbsent("Andrew Bayko", "bayko", "bayko@exampro.co", "MOCK");
    Map<String, String> handleToSub = new LinkedHashMap<>();
    handleToSub.put("andrewbrown", "sub-andrew");
    handleToSub.put("bayko", "sub-bayko");
    handleToSub.put("nobody", "sub-nobody");

    int updated = users.updateCognitoUserIds(handleToSub);

    assertThat(updated).isEqualTo(2);
    assertThat(users.all())
        .extracting(User::cognitoUserId)
        .containsExactly("sub-andrew", "sub-bayko");
  }

  @Test
  void updateCognitoUserIdsChangesNothingWhenOneSubWouldBelongToTwoUsers() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");
    users.insertIfAbsent("Andrew Bayko", "bayko", "bayko@exampro.co", "MOCK");
    Map<String, String> handleToSub = new LinkedHashMap<>();
    handleToSub.put("andrewbrown", "sub-same");
    handleToSub.put("bayko", "sub-same");

    assertThatThrownBy(() -> users.updateCognitoUserIds(handleToSub))
        .isInstanceOf(UserStoreException.class);
    assertThat(users.all()).extracting(User::cognitoUserId).containsExactly("MOCK", "MOCK");
  }

  @Test
  void updateCognitoUserIdsWithNoSubsUpdatesNothing() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "MOCK");

    assertThat(users.updateCognitoUserIds(Map.of())).isZero();
    assertThat(users.all()).extracting(User::cognitoUserId).containsExactly("MOCK");
  }

  private void twoUsers() {
    users.insertIfAbsent("Andrew Brown", "andrewbrown", "andrew@exampro.co", "sub-andrew");
    users.insertIfAbsent("Andrew Bayko", "bayko", "bayko@exampro.co", "sub-bayko");
  }

  private static List<Optional<String>> handles(SenderAndReceiver found) {
    return List.of(found.sender().map(User::handle), found.receiver().map(User::handle));
  }
}
