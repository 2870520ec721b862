package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;

/** A parsed condition or filter; evaluation never fails, mismatched types are simply false. */
@FunctionalInterface
public interface Condition {
  /** Whether the item satisfies the condition; the item is an empty map when none exists. */
  boolean test(Map<String, AttributeValue> item);
}
