package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import java.util.Map;

/**
 * DynamoDB's request-level checks on BatchGetItem's and BatchWriteItem's RequestItems map, whose
 * constraints on table names (map keys) and write lists (map values) echo the whole map.
 */
final class BatchRequestItems {
  private static final String TABLE_NAME_KEYS =
      "Map keys must satisfy constraint: [Member must have length less than or equal to 255,"
          + " Member must have length greater than or equal to 3, Member must satisfy regular"
          + " expression pattern: [a-zA-Z0-9_.-]+]";
  private static final String WRITE_LISTS =
      "Map value must satisfy constraint: [Member must have length less than or equal to 25,"
          + " Member must have length greater than or equal to 1]";

  private BatchRequestItems() {}

  /** BatchGetItem's map: table names as keys, each table's Keys and AttributesToGet. */
  static void checkGets(Constraints c, JsonNode requestItems) {
    checkTableNames(c, requestItems);
    for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
      String path = "requestItems." + e.getKey() + ".member";
      JsonNode keys = e.getValue().get("Keys");
      c.notNull(keys, path + ".keys");
      c.size(keys, path + ".keys", 1, 100);
      c.size(
          Json.array(e.getValue(), "AttributesToGet").orElse(null),
          path + ".attributesToGet",
          1,
          255);
    }
  }

  /** BatchWriteItem's map: table names as keys, lists of 1..25 write requests as values. */
  static void checkWrites(Constraints c, JsonNode requestItems) {
    checkTableNames(c, requestItems);
    for (JsonNode writes : requestItems) {
      if (writes.size() < 1 || writes.size() > 25) {
        c.fail(Constraints.quoted(Echo.of(requestItems)), "requestItems", WRITE_LISTS);
      }
    }
  }

  /** An empty map, which DynamoDB reports with a message of its own after the constraints. */
  static void requireSome(JsonNode requestItems, String operation) {
    if (requestItems.isEmpty()) {
      throw DynamoException.validation("The requestItems parameter is required for " + operation);
    }
  }

  /**
   * One projection style across BatchGetItem's tables: ProjectionExpression on one table and
   * AttributesToGet on another is the same mix DynamoDB rejects within one table.
   */
  static void checkOneProjectionStyle(JsonNode requestItems) {
    boolean expression = false;
    boolean legacy = false;
    for (JsonNode table : requestItems) {
      expression |= Json.present(table, "ProjectionExpression");
      legacy |= Json.present(table, "AttributesToGet");
    }
    if (expression && legacy) {
      throw DynamoException.validation(
          "Can not use both expression and non-expression parameters in the same request:"
              + " Non-expression parameters: {AttributesToGet} Expression parameters:"
              + " {ProjectionExpression}");
    }
  }

  /** Each key that is not a table name fails the map-keys constraint, echoing the map as JSON. */
  private static void checkTableNames(Constraints c, JsonNode requestItems) {
    for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
      String name = e.getKey();
      if (!Constraints.isName(name) || name.length() < 3 || name.length() > 255) {
        c.fail(Constraints.quoted(requestItems.toString()), "requestItems", TABLE_NAME_KEYS);
      }
    }
  }
}
