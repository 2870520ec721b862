package cruddur.messages;

/**
 * An unknown user or conversation, or one the caller takes no part in: the two are answered alike
 * (HTTP 404), so that nobody learns which conversations exist.
 */
public final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super(what);
  }
}
