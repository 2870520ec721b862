package cruddur.dynamo.expression;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.DynamoException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the legacy condition parameters: Expected, QueryFilter, ScanFilter and
 * KeyConditions, combined with ConditionalOperator.
 */
final class LegacyConditions {
  static final List<String> OPERATORS =
      List.of(
          "IN",
          "NULL",
          "BETWEEN",
          "LT",
          "NOT_CONTAINS",
          "EQ",
          "GT",
          "NOT_NULL",
          "NE",
          "LE",
          "BEGINS_WITH",
          "GE",
          "CONTAINS");

  private static final Set<String> ORDERED_ONLY =
      Set.of("LE", "LT", "GE", "GT", "CONTAINS", "NOT_CONTAINS", "IN", "BETWEEN");

  /** Operators DynamoDB documents as "supported for all data types, including lists and maps". */
  private static final Set<String> ANY_TYPE = Set.of("EQ", "NE");

  private LegacyConditions() {}

  /** Expected: Value/Exists or ComparisonOperator/AttributeValueList per attribute. */
  static Condition expected(JsonNode expected, JsonNode conditionalOperator) {
    List<LegacyCondition> conditions = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields(expected); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      conditions.add(expectedEntry(e.getKey(), e.getValue()));
    }
    return combine(conditions, operator(conditionalOperator));
  }

  private static LegacyCondition expectedEntry(String key, JsonNode c) {
    JsonNode list = present(c.get("AttributeValueList"));
    JsonNode value = present(c.get("Value"));
    JsonNode op = present(c.get("ComparisonOperator"));
    JsonNode exists = present(c.get("Exists"));
    if (list != null && value != null) {
      throw invalid("Value and AttributeValueList cannot be used together for Attribute: " + key);
    }
    if (op != null) {
      String operator = comparisonOperator(op, "expected." + key + ".member.comparisonOperator");
      if (exists != null) {
        throw invalid(
            "Exists and ComparisonOperator cannot be used together for Attribute: " + key);
      }
      if (!operator.equals("NULL")
          && !operator.equals("NOT_NULL")
          && list == null
          && value == null) {
        throw invalid(
            "Value or AttributeValueList must be used with ComparisonOperator: "
                + operator
                + " for Attribute: "
                + key);
      }
      List<AttributeValue> values =
          list != null ? values(list) : value != null ? List.of(read(value)) : List.of();
      checkCount(operator, values);
      checkSameType(values);
      checkBetween(operator, values);
      return new LegacyCondition(key, operator, values);
    }
    if (list != null) {
      throw invalid(
          "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + key);
    }
    boolean mustExist = exists == null || exists.asBoolean();
    if (mustExist && value == null) {
      throw invalid(
          "Value must be provided when Exists is "
              + (exists == null ? "null" : "true")
              + " for Attribute: "
              + key);
    }
    if (!mustExist && value != null) {
      throw invalid("Value cannot be used when Exists is false for Attribute: " + key);
    }
    return mustExist
        ? new LegacyCondition(key, "EQ", List.of(read(value)))
        : new LegacyCondition(key, "NULL", List.of());
  }

  /** QueryFilter or ScanFilter (or KeyConditions): ComparisonOperator and AttributeValueList. */
  static List<LegacyCondition> conditions(JsonNode filter, String param) {
    List<LegacyCondition> result = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fields(filter); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = param + "." + e.getKey() + ".member.comparisonOperator";
      String operator = comparisonOperator(present(e.getValue().get("ComparisonOperator")), path);
      JsonNode list = present(e.getValue().get("AttributeValueList"));
      List<AttributeValue> values = list == null ? List.of() : values(list);
      result.add(validated(e.getKey(), operator, values));
    }
    return result;
  }

  /** Validates a filter or key condition the way DynamoDB validates QueryFilter entries. */
  static LegacyCondition validated(String key, String operator, List<AttributeValue> values) {
    checkCount(operator, values);
    checkSameType(values);
    for (AttributeValue v : values) {
      if (!acceptsType(operator, v.type())) {
        throw invalid(
            "ComparisonOperator "
                + operator
                + " is not valid for "
                + v.type()
                + " AttributeValue type");
      }
    }
    checkBetween(operator, values);
    return new LegacyCondition(key, operator, values);
  }

  private static boolean acceptsType(String operator, AttributeValue.Type type) {
    if (ANY_TYPE.contains(operator)) {
      return true;
    }
    if (ORDERED_ONLY.contains(operator)) {
      return Comparison.isKeyType(type);
    }
    return !operator.equals("BEGINS_WITH")
        || type == AttributeValue.Type.S
        || type == AttributeValue.Type.B;
  }

  static Condition filter(JsonNode filter, JsonNode conditionalOperator, String param) {
    return combine(conditions(filter, param), operator(conditionalOperator));
  }

  private static Condition combine(List<LegacyCondition> conditions, boolean or) {
    return item -> {
      if (conditions.isEmpty()) {
        return true;
      }
      for (LegacyCondition c : conditions) {
        if (c.test(item) == or) {
          return or;
        }
      }
      return !or;
    };
  }

  /** Whether ConditionalOperator is OR (AND when absent). */
  static boolean operator(JsonNode node) {
    if (present(node) == null) {
      return false;
    }
    String text = node.asText();
    if (!text.equals("AND") && !text.equals("OR")) {
      throw enumError(text, "conditionalOperator", "[OR, AND]");
    }
    return text.equals("OR");
  }

  private static String comparisonOperator(JsonNode node, String path) {
    if (node == null) {
      throw DynamoException.validation(
          "1 validation error detected: Value null at '"
              + path
              + "' failed to satisfy constraint: Member must not be null");
    }
    String text = node.asText();
    if (!OPERATORS.contains(text)) {
      throw enumError(text, path, OPERATORS.toString());
    }
    return text;
  }

  private static DynamoException enumError(String value, String path, String allowed) {
    return DynamoException.validation(
        "1 validation error detected: Value '"
            + value
            + "' at '"
            + path
            + "' failed to satisfy constraint: Member must satisfy enum value set: "
            + allowed);
  }

  private static void checkCount(String operator, List<AttributeValue> values) {
    int n = values.size();
    boolean ok;
    switch (operator) {
      case "NULL":
      case "NOT_NULL":
        ok = n == 0;
        break;
      case "IN":
        ok = n > 0;
        break;
      case "BETWEEN":
        ok = n == 2;
        break;
      default:
        ok = n == 1;
        break;
    }
    if (!ok) {
      throw invalid("Invalid number of argument(s) for the " + operator + " ComparisonOperator");
    }
  }

  private static void checkSameType(List<AttributeValue> values) {
    for (AttributeValue v : values) {
      if (v.type() != values.get(0).type()) {
        throw invalid("AttributeValues inside AttributeValueList must be of same type");
      }
    }
  }

  private static void checkBetween(String operator, List<AttributeValue> values) {
    if (operator.equals("BETWEEN")
        && Comparison.isOrdered(values.get(0), values.get(1))
        && Comparison.compare(values.get(0), values.get(1)) > 0) {
      throw DynamoException.validation(
          "The BETWEEN condition was provided a range where the lower bound is greater than the"
              + " upper bound");
    }
  }

  private static List<AttributeValue> values(JsonNode list) {
    if (!list.isArray()) {
      throw DynamoException.serialization(
          list.isObject()
              ? "Start of structure or map found where not expected"
              : "Unexpected field type");
    }
    List<AttributeValue> values = new ArrayList<>();
    list.forEach(v -> values.add(read(v)));
    return values;
  }

  private static AttributeValue read(JsonNode node) {
    return AttributeValueJson.read(node);
  }

  static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    if (!node.isObject()) {
      throw DynamoException.serialization(
          node.isArray() ? "Unrecognized collection type java.util.Map" : "Unexpected field type");
    }
    return node.properties().iterator();
  }

  static JsonNode present(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  static DynamoException invalid(String detail) {
    return DynamoException.validation("One or more parameter values were invalid: " + detail);
  }
}
