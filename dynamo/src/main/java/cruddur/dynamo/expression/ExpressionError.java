package cruddur.dynamo.expression;

/**
 * A problem inside one expression. The message lacks the "Invalid XExpression: " prefix, which the
 * caller adds because only it knows which parameter the expression came from.
 */
final class ExpressionError extends RuntimeException {
  ExpressionError(String message) {
    super(message, null, false, false);
  }
}
