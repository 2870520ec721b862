package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.List;

/**
 * One legacy condition (an entry of Expected, QueryFilter, ScanFilter or KeyConditions): an
 * attribute, a ComparisonOperator and its AttributeValueList.
 */
record LegacyCondition(String attribute, String operator, List<AttributeValue> values) {

  LegacyCondition {
    values = List.copyOf(values);
  }

  /** Evaluates the operator against the attribute's value in the item. */
  boolean test(java.util.Map<String, AttributeValue> item) {
    AttributeValue actual = item.get(attribute);
    AttributeValue first = values.isEmpty() ? null : values.get(0);
    switch (operator) {
      case "EQ":
        return Evaluation.equal(actual, first);
      case "NE":
        return !Evaluation.equal(actual, first);
      case "LE":
        return Evaluation.compare("<=", actual, first);
      case "LT":
        return Evaluation.compare("<", actual, first);
      case "GE":
        return Evaluation.compare(">=", actual, first);
      case "GT":
        return Evaluation.compare(">", actual, first);
      case "NOT_NULL":
        return actual != null;
      case "NULL":
        return actual == null;
      case "CONTAINS":
        return Evaluation.contains(actual, first);
      case "NOT_CONTAINS":
        return !Evaluation.contains(actual, first);
      case "BEGINS_WITH":
        return actual != null && Evaluation.beginsWith(actual, first);
      case "IN":
        return actual != null && values.stream().anyMatch(v -> Evaluation.equal(actual, v));
      case "BETWEEN":
        return Evaluation.between(actual, first, values.get(1));
      default:
        throw new IllegalStateException(operator);
    }
  }
}
