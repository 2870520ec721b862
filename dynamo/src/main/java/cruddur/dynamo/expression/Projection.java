package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A parsed ProjectionExpression or AttributesToGet. */
public interface Projection {
  /**
   * The item restricted to the projected paths (nested paths keep their structure, list indexes
   * compact as DynamoDB does).
   */
  Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

  /** The top-level attribute names the projection reads (for index-projection checks). */
  Set<String> topLevelNames();
}
