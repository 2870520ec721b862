package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * How a constraint message echoes a rejected list or map: as DynamoDB's Java model prints it
 * ({@code [a, b]}, {@code {k=v}}, {@code KeySchemaElement(attributeName=pk, keyType=HASH)}), to be
 * put in single quotes like every echoed value but {@code null}.
 */
final class Echo {
  private Echo() {}

  /** A value rendered as Java collections print: lists {@code [a, b]}, maps {@code {k=v}}. */
  static String of(JsonNode value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  /** A KeySchema list, element by element as {@code KeySchemaElement(attributeName=.., ..)}. */
  static String keySchema(JsonNode keys) {
    if (!keys.isArray()) {
      return of(keys);
    }
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < keys.size(); i++) {
      JsonNode k = keys.get(i);
      if (i > 0) {
        out.append(", ");
      }
      if (!k.isObject()) {
        append(out, k);
        continue;
      }
      out.append("KeySchemaElement(attributeName=");
      append(out, k.get("AttributeName"));
      out.append(", keyType=");
      append(out, k.get("KeyType"));
      out.append(')');
    }
    return out.append(']').toString();
  }

  private static void append(StringBuilder out, JsonNode value) {
    if (value == null || value.isNull()) {
      out.append("null");
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        append(out, value.get(i));
      }
      out.append(']');
    } else if (value.isObject()) {
      out.append('{');
      String separator = "";
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        out.append(separator).append(e.getKey()).append('=');
        append(out, e.getValue());
        separator = ", ";
      }
      out.append('}');
    } else {
      out.append(value.asText());
    }
  }
}
