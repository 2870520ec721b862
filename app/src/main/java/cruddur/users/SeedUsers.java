package cruddur.users;

import java.util.List;

/**
 * The seed users of {@code db seed}: the original's two plus Londo Mollari, whom its seed dropped
 * by a typo. Their Cognito ids are the placeholder {@code MOCK} until {@code db
 * update-cognito-user-ids} sets the real ones.
 */
public final class SeedUsers {

  private record Seed(String displayName, String handle, String email) {}

  private static final List<Seed> SEEDS =
      List.of(
          new Seed("Andrew Brown", "andrewbrown", "andrew@exampro.co"),
          new Seed("Andrew Bayko", "bayko", "bayko@exampro.co"),
          new Seed("Londo Mollari", "londo", "lmollari@centari.com"));

  private SeedUsers() {}

  /** Inserts the seed users that are missing (by handle); returns how many it inserted. */
  public static int seed(UserRepository users) {
    int inserted = 0;
    for (Seed seed : SEEDS) {
      if (users.insertIfAbsent(
          seed.displayName(), seed.handle(), seed.email(), UserRepository.MOCK_COGNITO_ID)) {
        inserted++;
      }
    }
    return inserted;
  }
}
