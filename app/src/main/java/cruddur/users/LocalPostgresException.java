package cruddur.users;

/** The embedded PostgreSQL server could not be started, reached or stopped. */
public class LocalPostgresException extends RuntimeException {
  public LocalPostgresException(String message) {
    super(message);
  }

  public LocalPostgresException(String message, Throwable cause) {
    super(message, cause);
  }
}
