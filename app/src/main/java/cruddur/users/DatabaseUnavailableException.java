package cruddur.users;

/** PostgreSQL could not be reached (or refused us) when the connection pool was opened. */
public class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
