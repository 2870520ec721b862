package cruddur.dynamo.expression;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeNames;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and validates ExpressionAttributeNames and ExpressionAttributeValues. */
final class AttributeMaps {
  private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");
  private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");

  private AttributeMaps() {}

  static Map<String, String> names(JsonNode node) {
    Map<String, String> names = new LinkedHashMap<>();
    if (LegacyConditions.present(node) == null) {
      return names;
    }
    Iterator<Map.Entry<String, JsonNode>> it = LegacyConditions.fields(node);
    if (!it.hasNext()) {
      throw DynamoException.validation("ExpressionAttributeNames must not be empty");
    }
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!NAME_KEY.matcher(e.getKey()).matches()) {
        throw DynamoException.validation(
            "ExpressionAttributeNames contains invalid key: Syntax error; key: \""
                + e.getKey()
                + "\"");
      }
      if (!e.getValue().isTextual()) {
        throw DynamoException.serialization("Unexpected value type in payload");
      }
      if (e.getValue().textValue().isEmpty()) {
        throw DynamoException.validation(
            "ExpressionAttributeNames contains invalid value: Empty attribute name for key "
                + e.getKey());
      }
      names.put(e.getKey(), AttributeNames.check(e.getValue().textValue()));
    }
    return names;
  }

  static Map<String, AttributeValue> values(JsonNode node) {
    Map<String, AttributeValue> values = new LinkedHashMap<>();
    if (LegacyConditions.present(node) == null) {
      return values;
    }
    Iterator<Map.Entry<String, JsonNode>> it = LegacyConditions.fields(node);
    if (!it.hasNext()) {
      throw DynamoException.validation("ExpressionAttributeValues must not be empty");
    }
    Map<String, JsonNode> raw = new LinkedHashMap<>();
    it.forEachRemaining(e -> raw.put(e.getKey(), e.getValue()));
    for (String key : raw.keySet()) {
      if (!VALUE_KEY.matcher(key).matches()) {
        throw DynamoException.validation(
            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
      }
    }
    for (Map.Entry<String, JsonNode> e : raw.entrySet()) {
      try {
        values.put(e.getKey(), AttributeValueJson.read(e.getValue()));
      } catch (DynamoException ex) {
        if (ex.type() != ErrorType.VALIDATION) {
          throw ex;
        }
        throw DynamoException.validation(
            "ExpressionAttributeValues contains invalid value: "
                + ex.getMessage()
                + " for key "
                + e.getKey());
      }
    }
    return values;
  }
}
