package cruddur.dynamo.expression;

/** The operators a key condition allows on the range key. */
public enum RangeOperator {
  EQ,
  LT,
  LE,
  GT,
  GE,
  BETWEEN,
  BEGINS_WITH
}
