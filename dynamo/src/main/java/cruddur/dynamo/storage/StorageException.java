package cruddur.dynamo.storage;

/** A failure of the underlying key-value store (I/O error, corruption, closed store). */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
