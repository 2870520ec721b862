package cruddur.config;

/** A setting is missing or malformed; the message says which and what to set. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message) {
    super(message);
  }
}
