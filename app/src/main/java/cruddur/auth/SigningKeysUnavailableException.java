package cruddur.auth;

/**
 * The issuer's keys could not be had (its JWKS endpoint is down, slow, or answered nonsense), so no
 * token can be verified for now.
 */
public final class SigningKeysUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SigningKeysUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
