package cruddur.web;

import cruddur.users.User;
import java.util.Optional;

/** Who sends a request: the user its {@code Authorization} header proves, if any. */
@FunctionalInterface
public interface Authenticator {
  /** The signed-in user, or empty for a missing, malformed, invalid or unknown token. */
  Optional<User> authenticate(Optional<String> authorizationHeader);
}
