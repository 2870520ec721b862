package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.Optional;

/** A condition on the range key; {@code high} is present only for BETWEEN. */
public record RangeCondition(
    String name, RangeOperator op, AttributeValue low, Optional<AttributeValue> high) {

  /** Whether a range-key value satisfies this condition (values of another type never do). */
  public boolean matches(AttributeValue value) {
    if (value == null || value.type() != low.type()) {
      return false;
    }
    switch (op) {
      case EQ:
        return Comparison.compare(value, low) == 0;
      case LT:
        return Comparison.compare(value, low) < 0;
      case LE:
        return Comparison.compare(value, low) <= 0;
      case GT:
        return Comparison.compare(value, low) > 0;
      case GE:
        return Comparison.compare(value, low) >= 0;
      case BETWEEN:
        return Comparison.compare(value, low) >= 0
            && Comparison.compare(value, high.orElseThrow()) <= 0;
      case BEGINS_WITH:
        return Evaluation.beginsWith(value, low);
      default:
        throw new IllegalStateException(op.name());
    }
  }
}
