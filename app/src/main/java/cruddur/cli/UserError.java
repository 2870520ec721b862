package cruddur.cli;

/** A command cannot do what was asked (an unknown user, a missing table); the message says why. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
