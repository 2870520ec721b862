package cruddur.dynamo.protocol;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/** A ConditionExpression (or Expected) that did not hold; may carry the item as it stood. */
public final class ConditionalCheckFailedException extends DynamoException {
  private final Map<String, AttributeValue> item;

  public ConditionalCheckFailedException(Map<String, AttributeValue> itemOrNull) {
    super(ErrorType.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
    this.item = itemOrNull;
  }

  @Override
  public Optional<Map<String, AttributeValue>> item() {
    return Optional.ofNullable(item);
  }
}
