package cruddur.auth;

/** The local issuer's key file could not be read, written, or made sense of. */
public final class LocalIssuerKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LocalIssuerKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
