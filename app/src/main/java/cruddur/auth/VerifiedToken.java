package cruddur.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verified access token says about its caller.
 *
 * @param subject {@code sub}: the user's stable id in the pool
 * @param username {@code username}: the pool's user name
 * @param clientId {@code client_id}: the app client the token was issued to
 * @param expiresAt {@code exp}
 */
public record VerifiedToken(String subject, String username, String clientId, Instant expiresAt) {
  public VerifiedToken {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
