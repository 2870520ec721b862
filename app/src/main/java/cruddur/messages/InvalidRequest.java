package cruddur.messages;

import java.util.List;

/** A request that breaks the rules, with the original's error codes (HTTP 422). */
public final class InvalidRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> codes;

  public InvalidRequest(List<String> codes) {
    super("invalid request: " + codes);
    this.codes = List.copyOf(codes);
  }

  public List<String> codes() {
    return codes;
  }
}
