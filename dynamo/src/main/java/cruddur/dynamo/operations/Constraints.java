package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the member-constraint failures DynamoDB reports together, as in "2 validation errors
 * detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null; ...".
 */
final class Constraints {
  private final List<String> errors = new ArrayList<>();

  /** A required table name: present, 3..255 characters, of DynamoDB's name characters. */
  Constraints tableName(JsonNode request, String field) {
    return name(request.get(field), lowerFirst(field), true);
  }

  /**
   * The TableName of a data-plane call (GetItem, PutItem, Query, ...), which may also be a table
   * ARN: present and 1..1024 characters; a name that is not an ARN is then checked like {@link
   * #tableName}.
   */
  Constraints dataPlaneTableName(JsonNode request) {
    JsonNode value = request.get("TableName");
    if (value != null && !value.isNull()) {
      String text = Json.text(value);
      if (text.isEmpty()) {
        fail("''", "tableName", "Member must have length greater than or equal to 1");
        return this;
      }
      if (text.length() > 1024) {
        fail(quoted(text), "tableName", "Member must have length less than or equal to 1024");
        return this;
      }
      if (text.startsWith("arn:")) {
        return this;
      }
    }
    return name(value, "tableName", true);
  }

  /**
   * The control plane's answer to a call without a TableName (CreateTable, DescribeTable, ...):
   * DynamoDB checks that before the member constraints, with a message of its own.
   */
  static void requireTableName(JsonNode request) {
    if (!Json.present(request, "TableName")) {
      throw DynamoException.validation(
          "The parameter 'TableName' is required but was not present in the request");
    }
  }

  /** The TableName of a control-plane call on one table: present, then a valid name. */
  static void controlPlaneTableName(JsonNode request) {
    requireTableName(request);
    new Constraints().tableName(request, "TableName").check();
  }

  /** A name (table or index) if present (or required), checked like DynamoDB. */
  Constraints name(JsonNode value, String path, boolean required) {
    if (value == null || value.isNull()) {
      if (required) {
        fail("null", path, "Member must not be null");
      }
      return this;
    }
    String text = Json.text(value);
    if (!isName(text)) {
      fail(
          "'" + text + "'",
          path,
          "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
    if (text.length() < 3) {
      fail("'" + text + "'", path, "Member must have length greater than or equal to 3");
    }
    if (text.length() > 255) {
      fail("'" + text + "'", path, "Member must have length less than or equal to 255");
    }
    return this;
  }

  Constraints notNull(JsonNode value, String path) {
    if (value == null || value.isNull()) {
      fail("null", path, "Member must not be null");
    }
    return this;
  }

  /** A list of tags, each of which needs a Key and a Value. */
  Constraints tags(JsonNode tags, String path) {
    if (tags != null && tags.isArray()) {
      for (int i = 0; i < tags.size(); i++) {
        String member = path + "." + (i + 1) + ".member";
        notNull(tags.get(i).get("Key"), member + ".key");
        notNull(tags.get(i).get("Value"), member + ".value");
      }
    }
    return this;
  }

  /** ReturnConsumedCapacity, which most calls take. */
  Constraints returnConsumedCapacity(JsonNode request) {
    return oneOf(
        request.get("ReturnConsumedCapacity"),
        "returnConsumedCapacity",
        EnumValues.RETURN_CONSUMED_CAPACITY);
  }

  /** ReturnItemCollectionMetrics, which the writing calls take. */
  Constraints returnItemCollectionMetrics(JsonNode request) {
    return oneOf(
        request.get("ReturnItemCollectionMetrics"),
        "returnItemCollectionMetrics",
        EnumValues.RETURN_ITEM_COLLECTION_METRICS);
  }

  /** ReturnValues, of the single-item writes. */
  Constraints returnValues(JsonNode request) {
    return oneOf(request.get("ReturnValues"), "returnValues", EnumValues.RETURN_VALUES);
  }

  /** An enum member, whose values are listed in the message in {@code allowed}'s order. */
  Constraints oneOf(JsonNode value, String path, List<String> allowed) {
    if (value != null && !value.isNull() && !allowed.contains(Json.text(value))) {
      fail(quoted(Json.text(value)), path, "Member must satisfy enum value set: " + allowed);
    }
    return this;
  }

  /** A Long member's range. */
  Constraints range(JsonNode value, String path, long min, long max) {
    if (value != null && !value.isNull()) {
      checkRange(Json.longValue(value), path, min, max);
    }
    return this;
  }

  /** An Integer member's range (its wrong JSON type is reported as not convertible to Integer). */
  Constraints intRange(JsonNode value, String path, int min, int max) {
    if (value != null && !value.isNull()) {
      checkRange(Json.intValue(value), path, min, max);
    }
    return this;
  }

  private void checkRange(long v, String path, long min, long max) {
    if (v < min) {
      fail("'" + v + "'", path, "Member must have value greater than or equal to " + min);
    } else if (v > max) {
      fail("'" + v + "'", path, "Member must have value less than or equal to " + max);
    }
  }

  /** A list's or map's number of members, the value echoed as {@link Echo#of}. */
  Constraints size(JsonNode value, String path, int min, int max) {
    return size(value, path, min, max, Echo::of);
  }

  /** A list's or map's number of members, the value echoed as {@code echo} renders it. */
  Constraints size(JsonNode value, String path, int min, int max, Function<JsonNode, String> echo) {
    if (value != null && !value.isNull()) {
      int n = value.size();
      if (n < min) {
        fail(
            quoted(echo.apply(value)),
            path,
            "Member must have length greater than or equal to " + min);
      } else if (n > max) {
        fail(
            quoted(echo.apply(value)),
            path,
            "Member must have length less than or equal to " + max);
      }
    }
    return this;
  }

  Constraints textLength(JsonNode value, String path, int min, int max) {
    if (value != null && !value.isNull()) {
      String text = Json.text(value);
      if (text.length() < min) {
        fail("'" + text + "'", path, "Member must have length greater than or equal to " + min);
      } else if (text.length() > max) {
        fail("'" + text + "'", path, "Member must have length less than or equal to " + max);
      }
    }
    return this;
  }

  /** Records a failure; {@code value} as echoed: quoted, or {@code null}. */
  void fail(String value, String path, String constraint) {
    if (errors.size() < 10) {
      errors.add(
          "Value " + value + " at '" + path + "' failed to satisfy constraint: " + constraint);
    }
  }

  /** Throws the collected failures as one ValidationException, if there are any. */
  void check() {
    if (!errors.isEmpty()) {
      throw DynamoException.validation(
          errors.size()
              + " validation error"
              + (errors.size() > 1 ? "s" : "")
              + " detected: "
              + String.join("; ", errors));
    }
  }

  /**
   * DynamoDB's name pattern {@code [a-zA-Z0-9_.-]+}, checked by hand: every request names a table,
   * and a regular expression match was a tenth of a PutItem's CPU.
   */
  static boolean isName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static String quoted(String echo) {
    return "'" + echo + "'";
  }

  static String lowerFirst(String field) {
    return Character.toLowerCase(field.charAt(0)) + field.substring(1);
  }
}
