package cruddur.users;

/** A query on the users table failed: the database refused it or could not be reached. */
public class UserStoreException extends RuntimeException {
  public UserStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
