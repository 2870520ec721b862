package cruddur.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Cognito user pool's signing keys, read from its JWKS over HTTP (or any issuer's, from any JWKS
 * URL). The set is cached for {@link #CACHE_TTL} and fetched again sooner only for a key id not in
 * it; each fetch opens a window of {@link #REFRESH_INTERVAL} that lets one more through, so a flood
 * of made-up key ids costs at most two fetches per window instead of one per token. Each fetch
 * gives up after {@link #TIMEOUT} to connect and as much to read, so an endpoint that is down or
 * hangs fails verification instead of holding requests. If a refresh fails, the last set fetched
 * stays in use for up to {@link #OUTAGE_TTL} after it was fetched. The cache runs on the system
 * clock, not the verifier's. Thread-safe.
 */
public final class CognitoKeys implements SigningKeys {
  /** How long a fetch may take to connect, and then to read. */
  public static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** How long a fetched key set is used before it is fetched again. */
  public static final Duration CACHE_TTL = Duration.ofMinutes(5);

  /**
   * The window in which a fetch is followed by at most one more: room for one key rotation, not for
   * a flood of unknown key ids.
   */
  public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(30);

  /** How long a fetched set may stand in for one that cannot be fetched. */
  public static final Duration OUTAGE_TTL = CACHE_TTL.multipliedBy(10);

  // A request waiting while another thread fetches waits at most for that fetch's own timeouts.
  private static final Duration WAIT_FOR_OTHER_FETCH = TIMEOUT.multipliedBy(2).plusSeconds(1);
  private static final int SIZE_LIMIT_BYTES = 64 * 1024;
  private static final String JWKS_PATH = "/.well-known/jwks.json";
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
  private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");

  private final String issuer;
  private final URI jwksUrl;
  private final JWKSource<SecurityContext> source;

  private CognitoKeys(String issuer, URI jwksUrl) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.jwksUrl = Objects.requireNonNull(jwksUrl, "jwksUrl");
    if (!"https".equals(jwksUrl.getScheme()) && !"http".equals(jwksUrl.getScheme())) {
      throw new IllegalArgumentException("JWKS URL must be http(s): " + jwksUrl);
    }
    DefaultResourceRetriever retriever =
        new DefaultResourceRetriever(millis(TIMEOUT), millis(TIMEOUT), SIZE_LIMIT_BYTES);
    try {
      source =
          JWKSourceBuilder.<SecurityContext>create(jwksUrl.toURL(), retriever)
              .cache(CACHE_TTL.toMillis(), WAIT_FOR_OTHER_FETCH.toMillis())
              // Refreshing ahead would need background threads; one request per five minutes
              // paying for a fetch is cheaper than owning them.
              .refreshAheadCache(false)
              .rateLimited(REFRESH_INTERVAL.toMillis())
              .outageTolerant(OUTAGE_TTL.toMillis())
              .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a JWKS URL: " + jwksUrl, e);
    }
  }

  /**
   * The keys of a Cognito user pool: issuer {@code https://cognito-idp.<region>.amazonaws.com/<pool
   * id>}, keys at the issuer's {@code /.well-known/jwks.json}.
   *
   * @param region e.g. {@code us-east-1}
   * @param poolId e.g. {@code us-east-1_AbC123xyz}
   */
  public static CognitoKeys forPool(String region, String poolId) {
    if (region == null || !REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("not an AWS region: " + region);
    }
    if (poolId == null || !POOL_ID.matcher(poolId).matches()) {
      throw new IllegalArgumentException("not a Cognito user pool id: " + poolId);
    }
    String issuer = "https://cognito-idp." + region + ".amazonaws.com/" + poolId;
    return new CognitoKeys(issuer, URI.create(issuer + JWKS_PATH));
  }

  /**
   * The same pool's keys served by a stand-in for Cognito at {@code endpoint}, at Cognito's path;
   * the tokens still name the real pool as their issuer.
   */
  public CognitoKeys servedFrom(URI endpoint) {
    return new CognitoKeys(issuer, endpoint.resolve(URI.create(issuer).getPath() + JWKS_PATH));
  }

  /** The keys of any issuer, fetched from any JWKS URL (a stand-in for Cognito, a test server). */
  public static CognitoKeys at(String issuer, URI jwksUrl) {
    return new CognitoKeys(issuer, jwksUrl);
  }

  /** The {@code iss} the pool's tokens carry. */
  public String issuer() {
    return issuer;
  }

  /** Where the keys are fetched from. */
  public URI jwksUrl() {
    return jwksUrl;
  }

  @Override
  public Optional<RSAPublicKey> find(String keyId) {
    JWKMatcher matcher =
        new JWKMatcher.Builder()
            .keyType(KeyType.RSA)
            .keyID(Objects.requireNonNull(keyId, "keyId"))
            .keyUses(KeyUse.SIGNATURE, null)
            .algorithms(JWSAlgorithm.RS256, null)
            .build();
    List<JWK> matches;
    try {
      // nimbus looks in the cached set first, and fetches again only if the kid is not there.
      matches = source.get(new JWKSelector(matcher), null);
    } catch (RateLimitReachedException e) {
      // The kid is not in the set we have, and we may not look again yet: as good as unknown.
      return Optional.empty();
    } catch (KeySourceException e) {
      throw new SigningKeysUnavailableException("JWKS at " + jwksUrl + ": " + e.getMessage(), e);
    }
    for (JWK jwk : matches) {
      try {
        return Optional.of(((RSAKey) jwk).toRSAPublicKey());
      } catch (JOSEException e) {
        // A malformed entry: look at the next, as if this one were not there.
      }
    }
    return Optional.empty();
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }
}
