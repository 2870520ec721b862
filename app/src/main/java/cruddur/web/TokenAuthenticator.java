package cruddur.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import cruddur.auth.AccessTokenVerifier;
import cruddur.auth.InvalidTokenException;
import cruddur.auth.VerifiedToken;
import cruddur.users.User;
import cruddur.users.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens to users: the token verified as a Cognito access token, its {@code sub} looked up
 * as {@code users.cognito_user_id}. Users found are remembered briefly, so a busy user costs
 * PostgreSQL one query a minute, not one per request; a token that verified is remembered too (up
 * to five minutes, never past its expiry), so its RSA signature is checked once, not per request.
 */
public final class TokenAuthenticator implements Authenticator {
  private static final Logger LOG = LoggerFactory.getLogger(TokenAuthenticator.class);
  private static final String BEARER = "bearer ";

  private final AccessTokenVerifier verifier;
  private final UserRepository users;
  private final Cache<String, User> known;
  private final Cache<String, VerifiedToken> verified =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(10_000).build();

  public TokenAuthenticator(
      AccessTokenVerifier verifier, UserRepository users, Duration remember, MeterRegistry meters) {
    this.verifier = verifier;
    this.users = users;
    this.known =
        Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).recordStats().build();
    CaffeineCacheMetrics.monitor(meters, known, "signed_in_users");
  }

  @Override
  public Optional<User> authenticate(Optional<String> authorizationHeader) {
    Optional<String> token =
        authorizationHeader
            .filter(h -> h.length() > BEARER.length())
            .filter(h -> h.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER))
            .map(h -> h.substring(BEARER.length()).strip());
    if (token.isEmpty()) {
      return Optional.empty();
    }
    VerifiedToken checked = verified.getIfPresent(token.get());
    if (checked == null
        || Instant.now().isAfter(checked.expiresAt().plus(AccessTokenVerifier.DEFAULT_SKEW))) {
      try {
        checked = verifier.verify(token.get());
      } catch (InvalidTokenException e) {
        LOG.debug("token refused: {}", e.getMessage());
        verified.invalidate(token.get());
        return Optional.empty();
      }
      verified.put(token.get(), checked);
    }
    String subject = checked.subject();
    return Optional.ofNullable(known.get(subject, sub -> users.findByCognitoId(sub).orElse(null)));
  }
}
