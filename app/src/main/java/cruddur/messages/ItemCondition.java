package cruddur.messages;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A condition expression with its placeholders, for a conditional write. */
record ItemCondition(
    String expression, Map<String, String> names, Map<String, AttributeValue> values) {
  ItemCondition {
    names = Map.copyOf(names);
    values = Map.copyOf(values);
  }
}
