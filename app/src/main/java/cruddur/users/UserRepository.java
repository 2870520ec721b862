package cruddur.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The users table, through prepared statements only.
 *
 * <p>{@code 'MOCK'} is the placeholder Cognito id that seeded users share until {@code db
 * update-cognito-user-ids} runs; it names nobody, so looking a user up by it finds no one (the
 * original returned whichever MOCK row came first, letting a token whose sub was "MOCK" act as that
 * user).
 *
 * <p>PostgreSQL cannot store NUL in text and refuses any statement that carries one, so a handle or
 * Cognito id with a NUL is known to name nobody without asking it; writing one is refused here.
 */
public final class UserRepository {
  /** The placeholder Cognito id of seeded users, until a pool gives them real ones. */
  public static final String MOCK_COGNITO_ID = "MOCK";

  private static final String COLUMNS =
      "uuid, display_name, handle, email, cognito_user_id, created_at";

  private final DataSource dataSource;

  public UserRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The user whose Cognito {@code sub} this is. */
  public Optional<User> findByCognitoId(String cognitoUserId) {
    if (!storable(cognitoUserId)) {
      return Optional.empty();
    }
    return queryOne(
        "SELECT "
            + COLUMNS
            + " FROM public.users WHERE cognito_user_id = ? AND cognito_user_id <> ?",
        cognitoUserId,
        MOCK_COGNITO_ID);
  }

  public Optional<User> findByHandle(String handle) {
    if (!storable(handle)) {
      return Optional.empty();
    }
    return queryOne("SELECT " + COLUMNS + " FROM public.users WHERE handle = ?", handle);
  }

  public Optional<User> findByUuid(UUID uuid) {
    return queryOne("SELECT " + COLUMNS + " FROM public.users WHERE uuid = ?", uuid);
  }

  /**
   * Both ends of a new message in one round trip. A user may write to themself, so the two halves
   * are separate rows of a UNION ALL rather than one row per matching user.
   */
  public SenderAndReceiver findSenderAndReceiver(String senderCognitoId, String receiverHandle) {
    if (!storable(senderCognitoId) || !storable(receiverHandle)) {
      return new SenderAndReceiver(findByCognitoId(senderCognitoId), findByHandle(receiverHandle));
    }
    String sql =
        "SELECT 'sender' AS role, "
            + COLUMNS
            + " FROM public.users WHERE cognito_user_id = ? AND cognito_user_id <> ?"
            + " UNION ALL SELECT 'receiver' AS role, "
            + COLUMNS
            + " FROM public.users WHERE handle = ?";
    Optional<User> sender = Optional.empty();
    Optional<User> receiver = Optional.empty();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, senderCognitoId);
      statement.setString(2, MOCK_COGNITO_ID);
      statement.setString(3, receiverHandle);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          if (rows.getString("role").equals("sender")) {
            sender = Optional.of(toUser(rows));
          } else {
            receiver = Optional.of(toUser(rows));
          }
        }
      }
    } catch (SQLException e) {
      throw failure("find sender and receiver", e);
    }
    return new SenderAndReceiver(sender, receiver);
  }

  /**
   * Users whose handle, or any whitespace-separated word of whose display name, starts with {@code
   * prefix}, ignoring case; never {@code excluded}. Handle matches come first, then the rest, each
   * by handle; at most {@code limit}. The prefix is matched literally: its {@code %}, {@code _} and
   * {@code \} are escaped, not LIKE wildcards. Case is folded by PostgreSQL's {@code lower()} on
   * both sides, so as the database's locale folds it (ASCII always).
   */
  public List<User> search(String prefix, UUID excluded, int limit) {
    if (!storable(prefix) || prefix.isEmpty()) {
      return List.of();
    }
    String literal = escapeLike(prefix);
    // The display name gets a leading space and single spaces between words, so that one
    // pattern finds a prefix of its first word and of every other.
    String handleStarts = "lower(handle) LIKE lower(?) ESCAPE '\\'";
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM public.users WHERE uuid <> ? AND ("
            + handleStarts
            + " OR ' ' || regexp_replace(lower(display_name), '[[:space:]]+', ' ', 'g')"
            + " LIKE lower(?) ESCAPE '\\')"
            + " ORDER BY "
            + handleStarts
            + " DESC, handle LIMIT ?";
    List<User> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, excluded);
      statement.setString(2, literal + "%");
      statement.setString(3, "% " + literal + "%");
      statement.setString(4, literal + "%");
      statement.setInt(5, limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(toUser(rows));
        }
      }
    } catch (SQLException e) {
      throw failure("search users", e);
    }
    return List.copyOf(found);
  }

  /** {@code text} as a LIKE pattern that matches just itself (escape character {@code \}). */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** Every user, ordered by handle. */
  public List<User> all() {
    List<User> users = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM public.users ORDER BY handle");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        users.add(toUser(rows));
      }
    } catch (SQLException e) {
      throw failure("list users", e);
    }
    return List.copyOf(users);
  }

  /**
   * Adds a user unless one with this handle exists. A real Cognito id already held by another
   * handle is still an error ({@link UserStoreException}).
   *
   * @throws IllegalArgumentException if any of the values holds a NUL
   * @return true if the user was added
   */
  public boolean insertIfAbsent(
      String displayName, String handle, String email, String cognitoUserId) {
    requireStorable(displayName, handle, email, cognitoUserId);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "INSERT INTO public.users (display_name, handle, email, cognito_user_id)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (handle) DO NOTHING")) {
      statement.setString(1, displayName);
      statement.setString(2, handle);
      statement.setString(3, email);
      statement.setString(4, cognitoUserId);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("insert user " + handle, e);
    }
  }

  /**
   * Sets the Cognito id of each user whose handle is a key of {@code handleToSub}, in one
   * transaction; handles with no user are skipped.
   *
   * @return how many users were updated
   * @throws IllegalArgumentException if a Cognito id holds a NUL
   */
  public int updateCognitoUserIds(Map<String, String> handleToSub) {
    requireStorable(handleToSub.values().toArray(String[]::new));
    Map<String, String> updates = new LinkedHashMap<>();
    handleToSub.forEach(
        (handle, sub) -> {
          if (storable(handle)) {
            updates.put(handle, sub);
          }
        });
    if (updates.isEmpty()) {
      return 0;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE public.users SET cognito_user_id = ? WHERE handle = ?")) {
      connection.setAutoCommit(false);
      try {
        for (Map.Entry<String, String> entry : updates.entrySet()) {
          statement.setString(1, entry.getValue());
          statement.setString(2, entry.getKey());
          statement.addBatch();
        }
        int updated = 0;
        for (int count : statement.executeBatch()) {
          updated += count;
        }
        connection.commit();
        return updated;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("update Cognito user ids", e);
    }
  }

  /**
   * Gives the user {@code candidate} as Cognito id unless they have one already ({@code MOCK} or
   * blank is none), in one conditional UPDATE: of first sign-ins at the same moment exactly one
   * assigns it (the others' UPDATE, waiting on the row, then finds it set and changes nothing).
   *
   * @return the user's Cognito id afterwards: {@code candidate}, or the one assigned first; empty
   *     if there is no such user
   */
  public Optional<String> assignCognitoIdIfUnset(UUID user, String candidate) {
    requireStorable(candidate);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE public.users SET cognito_user_id = ? WHERE uuid = ?"
                    + " AND (cognito_user_id = ? OR btrim(cognito_user_id) = '')"
                    + " RETURNING cognito_user_id")) {
      statement.setString(1, candidate);
      statement.setObject(2, user);
      statement.setString(3, MOCK_COGNITO_ID);
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          return Optional.of(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw failure("assign a Cognito id to user " + user, e);
    }
    return findByUuid(user).map(User::cognitoUserId);
  }

  /** Whether PostgreSQL can hold this text: it refuses NUL ({@code 0x00}) in text values. */
  private static boolean storable(String text) {
    return text == null || text.indexOf('\0') < 0;
  }

  private static void requireStorable(String... values) {
    for (String value : values) {
      if (!storable(value)) {
        throw new IllegalArgumentException("PostgreSQL text cannot hold NUL (U+0000)");
      }
    }
  }

  private Optional<User> queryOne(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(toUser(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("find user", e);
    }
  }

  private static User toUser(ResultSet row) throws SQLException {
    return new User(
        row.getObject("uuid", UUID.class),
        row.getString("display_name"),
        row.getString("handle"),
        row.getString("email"),
        row.getString("cognito_user_id"),
        // created_at is a timestamp without time zone written by now() in the session's zone,
        // which pgjdbc sets to the JVM's: getTimestamp reads it back in that same zone.
        row.getTimestamp("created_at").toInstant());
  }

  private static UserStoreException failure(String action, SQLException e) {
    return new UserStoreException("Could not " + action + ": " + e.getMessage(), e);
  }
}
