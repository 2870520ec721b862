package cruddur.messages;

/**
 * A write lost to concurrent writers more often than the bounded retries allow. Retrying later is
 * safe: every write here is conditional and idempotent.
 */
public final class WriteContention extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WriteContention(String message) {
    super(message);
  }
}
