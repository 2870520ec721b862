package cruddur.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.security.Key;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies Cognito access tokens: an RS256 JWS signed with the issuer's key of the token's {@code
 * kid}, from the configured issuer and app client, with {@code token_use = access}, within its
 * validity window give or take the clock skew. Anything else is an {@link InvalidTokenException}.
 * Thread-safe.
 */
public final class AccessTokenVerifier {
  /** How far apart the issuer's clock and ours may be by default (nimbus' default too). */
  public static final Duration DEFAULT_SKEW = Duration.ofSeconds(60);

  private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  /**
   * @param issuer the exact {@code iss} accepted, e.g. {@code
   *     https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123}
   * @param clientId the exact {@code client_id} accepted: the app client's id
   * @param keys where the issuer's public keys are found
   * @param clock what "now" is for {@code exp}, {@code nbf} and {@code iat}
   * @param skew how far the issuer's clock may be from ours, in whole seconds
   */
  public AccessTokenVerifier(
      String issuer, String clientId, SigningKeys keys, Clock clock, Duration skew) {
    Objects.requireNonNull(keys, "keys");
    if (skew.isNegative()) {
      throw new IllegalArgumentException("skew must not be negative: " + skew);
    }
    JWTClaimsSet exact =
        new JWTClaimsSet.Builder()
            .issuer(Objects.requireNonNull(issuer, "issuer"))
            .claim("token_use", "access")
            .claim("client_id", Objects.requireNonNull(clientId, "clientId"))
            .build();
    processor.setJWSKeySelector(
        (header, context) ->
            ALGORITHM.equals(header.getAlgorithm()) && header.getKeyID() != null
                ? keys.find(header.getKeyID()).<List<? extends Key>>map(List::of).orElse(List.of())
                : List.of());
    processor.setJWTClaimsSetVerifier(
        new ClaimsVerifier(
            exact,
            Set.of("sub", "username", "exp"),
            Objects.requireNonNull(clock, "clock"),
            Math.toIntExact(skew.toSeconds())));
  }

  /**
   * The token's caller, if the token passes every rule.
   *
   * @param token the compact serialization, without any {@code Bearer} prefix
   * @throws InvalidTokenException if it does not, or the issuer's keys cannot be had
   */
  public VerifiedToken verify(String token) {
    if (token == null || token.isBlank()) {
      throw new InvalidTokenException("no token");
    }
    SignedJWT jws = signed(token);
    JWSHeader header = jws.getHeader();
    // The key selector refuses these too; refusing them first gives the log a plain reason.
    if (!ALGORITHM.equals(header.getAlgorithm())) {
      throw new InvalidTokenException("alg " + header.getAlgorithm() + " is not " + ALGORITHM);
    }
    if (header.getKeyID() == null) {
      throw new InvalidTokenException("no kid in the header");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.process(jws, null);
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidTokenException(e.getMessage() + " (kid " + header.getKeyID() + ")", e);
    } catch (SigningKeysUnavailableException e) {
      throw new InvalidTokenException("signing keys unavailable: " + e.getMessage(), e);
    }
    try {
      return new VerifiedToken(
          claims.getSubject(),
          claims.getStringClaim("username"),
          claims.getStringClaim("client_id"),
          claims.getExpirationTime().toInstant());
    } catch (ParseException e) {
      throw new InvalidTokenException("username is not a string", e);
    }
  }

  private static SignedJWT signed(String token) {
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      throw new InvalidTokenException("not a JWT: " + e.getMessage(), e);
    }
    if (jwt instanceof SignedJWT jws) {
      return jws;
    }
    throw new InvalidTokenException(
        "not a signed JWT: "
            + jwt.getClass().getSimpleName()
            + " with alg "
            + jwt.getHeader().getAlgorithm());
  }

  /** nimbus' checks on our clock, plus one it leaves out: {@code iat} not in the future. */
  private static final class ClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
    private final Clock clock;

    ClaimsVerifier(JWTClaimsSet exact, Set<String> required, Clock clock, int skewSeconds) {
      super(exact, required);
      this.clock = clock;
      setMaxClockSkew(skewSeconds);
    }

    @Override
    protected Date currentTime() {
      return Date.from(clock.instant());
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
      super.verify(claims, context);
      Date issued = claims.getIssueTime();
      long latest = currentTime().getTime() + getMaxClockSkew() * 1000L;
      if (issued != null && issued.getTime() > latest) {
        throw new BadJWTException("JWT issued in the future");
      }
    }
  }
}
