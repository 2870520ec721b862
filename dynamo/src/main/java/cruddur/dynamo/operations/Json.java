package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.Shape;
import java.util.Optional;

/** Typed reads of request members, failing as DynamoDB's deserializer does on wrong types. */
public final class Json {
  private Json() {}

  static boolean present(JsonNode request, String field) {
    JsonNode v = request.get(field);
    return v != null && !v.isNull();
  }

  public static Optional<String> text(JsonNode request, String field) {
    JsonNode v = request.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(text(v));
  }

  public static String text(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    throw DynamoException.serialization(Shape.conversionError(v, "String"));
  }

  static Optional<Boolean> bool(JsonNode request, String field) {
    JsonNode v = request.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    throw DynamoException.serialization(Shape.conversionError(v, "Boolean"));
  }

  static long longValue(JsonNode v) {
    if (v.isNumber()) {
      return v.longValue();
    }
    throw DynamoException.serialization(Shape.conversionError(v, "Long"));
  }

  /** An Integer member (ListTables and Query Limit, Segment, ...): a JSON number. */
  static long intValue(JsonNode v) {
    if (v.isNumber()) {
      return v.longValue();
    }
    throw DynamoException.serialization(Shape.conversionError(v, "Integer"));
  }

  static Optional<Long> intValue(JsonNode request, String field) {
    JsonNode v = request.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(intValue(v));
  }

  static Optional<Long> longValue(JsonNode request, String field) {
    JsonNode v = request.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(longValue(v));
  }

  /** A member that must be a JSON object, if present. */
  static Optional<JsonNode> object(JsonNode request, String field) {
    JsonNode v = request.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      throw DynamoException.serialization(
          v.isArray()
              ? "Unrecognized collection type class java.util.Map"
              : "Unexpected field type");
    }
    return Optional.of(v);
  }

  /** A member that must be a JSON array, if present. */
  static Optional<JsonNode> array(JsonNode request, String field) {
    JsonNode v = request.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isArray()) {
      throw DynamoException.serialization(
          v.isObject()
              ? "Start of structure or map found where not expected"
              : "Unexpected field type");
    }
    return Optional.of(v);
  }
}
