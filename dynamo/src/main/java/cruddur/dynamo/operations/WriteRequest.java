package cruddur.dynamo.operations;

import cruddur.dynamo.expression.RequestExpressions;
import cruddur.dynamo.expression.Update;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.protocol.ConditionalCheckFailedException;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.table.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One validated write of one item — a put, an update, a delete or a bare condition check — that
 * computes the item's next state from its current one. Shared by the single-item operations,
 * BatchWriteItem and TransactWriteItems.
 */
record WriteRequest(
    Kind kind,
    Table table,
    Map<String, AttributeValue> key,
    Map<String, AttributeValue> item,
    RequestExpressions expressions,
    boolean returnOldOnConditionFailure) {

  static final RequestExpressions NO_EXPRESSIONS =
      new RequestExpressions(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  enum Kind {
    PUT,
    UPDATE,
    DELETE,
    CHECK
  }

  /**
   * The item after this write, given the item before it; throws ConditionalCheckFailedException
   * when the condition does not hold.
   */
  Optional<Map<String, AttributeValue>> apply(Optional<Map<String, AttributeValue>> current) {
    Map<String, AttributeValue> before = current.orElse(Map.of());
    if (expressions.condition().isPresent() && !expressions.condition().get().test(before)) {
      throw new ConditionalCheckFailedException(
          returnOldOnConditionFailure ? current.orElse(null) : null);
    }
    switch (kind) {
      case PUT:
        return Optional.of(item);
      case DELETE:
        return Optional.empty();
      case CHECK:
        return current;
      case UPDATE:
        {
          if (current.isEmpty() && !expressions.update().map(Update::createsItem).orElse(true)) {
            return Optional.empty();
          }
          Map<String, AttributeValue> start = new LinkedHashMap<>(before);
          if (current.isEmpty()) {
            start.putAll(key);
          }
          Map<String, AttributeValue> next =
              expressions.update().map(u -> u.apply(start)).orElse(start);
          Keys.checkUpdatedIndexKeys(table.definition(), next);
          if (ItemSize.of(next) > Keys.MAX_ITEM_BYTES) {
            throw DynamoException.validation(
                "Item size to update has exceeded the maximum allowed size");
          }
          return Optional.of(next);
        }
      default:
        throw new IllegalStateException(kind.name());
    }
  }
}
