package cruddur.dynamo.expression;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which expression and non-expression parameters each request kind takes, and DynamoDB's rules
 * about combining them.
 */
final class ParameterRules {
  static final String PROJECTION = "ProjectionExpression";
  static final String FILTER = "FilterExpression";
  static final String KEY_CONDITION = "KeyConditionExpression";
  static final String CONDITION = "ConditionExpression";
  static final String UPDATE = "UpdateExpression";

  /** The parameters of one request kind, each list in DynamoDB's order. */
  record Rules(List<String> expressions, List<String> legacy, boolean takesValues) {}

  private ParameterRules() {}

  static Rules of(RequestKind kind) {
    switch (kind) {
      case GET_ITEM:
      case BATCH_GET_KEYS:
      case TRANSACT_GET:
        // These requests have no ExpressionAttributeValues member; a sent one is ignored.
        return new Rules(List.of(PROJECTION), List.of("AttributesToGet"), false);
      case PUT_ITEM:
      case DELETE_ITEM:
        return new Rules(List.of(CONDITION), List.of("Expected", "ConditionalOperator"), true);
      case UPDATE_ITEM:
        return new Rules(
            List.of(UPDATE, CONDITION),
            List.of("AttributeUpdates", "Expected", "ConditionalOperator"),
            true);
      case QUERY:
        return new Rules(
            List.of(PROJECTION, FILTER, KEY_CONDITION),
            List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"),
            true);
      case SCAN:
        return new Rules(
            List.of(PROJECTION, FILTER),
            List.of("AttributesToGet", "ScanFilter", "ConditionalOperator"),
            true);
      case CONDITION_CHECK:
        return new Rules(List.of(CONDITION), List.of(), true);
      default:
        throw new IllegalArgumentException(kind.name());
    }
  }

  /** The order in which DynamoDB parses a request's expressions. */
  static List<String> parseOrder(RequestKind kind) {
    switch (kind) {
      case UPDATE_ITEM:
        return List.of(UPDATE, CONDITION);
      case QUERY:
        return List.of(FILTER, PROJECTION, KEY_CONDITION);
      case SCAN:
        return List.of(FILTER, PROJECTION);
      default:
        return of(kind).expressions();
    }
  }

  /** Mixing expression and legacy parameters, and placeholders without expressions. */
  static void checkCombination(JsonNode request, Rules rules) {
    List<String> given = present(request, rules.expressions());
    List<String> legacy = new ArrayList<>(rules.legacy());
    if (!given.isEmpty()) {
      // KeyConditions may go with the other expressions when KeyConditionExpression is absent.
      if (has(request, "KeyConditions") && !has(request, KEY_CONDITION)) {
        legacy.remove("KeyConditions");
      }
      List<String> mixed = present(request, legacy);
      if (!mixed.isEmpty()) {
        throw DynamoException.validation(
            "Can not use both expression and non-expression parameters in the same request:"
                + " Non-expression parameters: {"
                + String.join(", ", mixed)
                + "} Expression parameters: {"
                + String.join(", ", given)
                + "}");
      }
    }
    if (has(request, "ExpressionAttributeNames") && given.isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeNames can only be specified when using expressions");
    }
    List<String> valueExpressions = new ArrayList<>(rules.expressions());
    valueExpressions.remove(PROJECTION);
    if (rules.takesValues()
        && !valueExpressions.isEmpty()
        && has(request, "ExpressionAttributeValues")
        && present(request, valueExpressions).isEmpty()) {
      throw DynamoException.validation(
          "ExpressionAttributeValues can only be specified when using expressions: "
              + String.join(" and ", valueExpressions)
              + (valueExpressions.size() > 1 ? " are null" : " is null"));
    }
  }

  static boolean has(JsonNode request, String field) {
    return LegacyConditions.present(request.get(field)) != null;
  }

  private static List<String> present(JsonNode request, List<String> fields) {
    List<String> result = new ArrayList<>();
    for (String f : fields) {
      if (has(request, f)) {
        result.add(f);
      }
    }
    return result;
  }
}
