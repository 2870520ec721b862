package cruddur.auth;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/**
 * The public keys an issuer signs access tokens with, by key id: Cognito's published JWKS ({@link
 * CognitoKeys}) or the local issuer's own key ({@link LocalIssuer#keys()}).
 */
@FunctionalInterface
public interface SigningKeys {
  /**
   * The RSA signing key with this key id, or empty if the issuer publishes none. A source that
   * caches looks again for a key id it has not seen, unless it looked too recently; then it says
   * empty too.
   *
   * @throws SigningKeysUnavailableException if the keys could not be fetched
   */
  Optional<RSAPublicKey> find(String keyId);
}
