package cruddur.auth;

/**
 * A bearer token was refused. The message says why, for the logs only: callers answer a bare 401
 * and tell the client nothing more.
 */
public final class InvalidTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String message) {
    super(message);
  }

  public InvalidTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
