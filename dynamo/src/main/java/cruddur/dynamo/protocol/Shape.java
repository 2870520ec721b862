package cruddur.dynamo.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The JSON type a request member must have in DynamoDB's API model. DynamoDB deserializes a whole
 * request before it validates any of it, so a member of the wrong type anywhere is a
 * SerializationException before anything else is looked at; checking the shape first gives the
 * operations a tree whose every present member has the type they read it as.
 */
public sealed interface Shape {
  /** Throws the SerializationException DynamoDB answers for a value of the wrong JSON type. */
  void check(JsonNode value);

  Shape STRING = new Scalar("String");
  Shape INTEGER = new Scalar("Integer");
  Shape LONG = new Scalar("Long");
  Shape BOOLEAN = new Scalar("Boolean");

  /** An AttributeValue, whose own reader checks it as it reads it. */
  Shape ATTRIBUTE_VALUE = new AttributeValueShape();

  static Shape list(Shape member) {
    return new ListOf(member);
  }

  static Shape map(String valueName, Shape value) {
    return new MapOf(valueName, value);
  }

  static Shape struct(String name, Map<String, Shape> members) {
    return new Struct(name, Map.copyOf(members));
  }

  /** A string, number or boolean member, named as DynamoDB's Java model names its type. */
  record Scalar(String javaName) implements Shape {
    @Override
    public void check(JsonNode v) {
      boolean ok =
          switch (javaName) {
            case "String" -> v.isTextual();
            case "Boolean" -> v.isBoolean();
            default -> v.isNumber();
          };
      if (!ok) {
        throw DynamoException.serialization(conversionError(v, javaName));
      }
    }
  }

  /** A JSON array of one member shape. */
  record ListOf(Shape member) implements Shape {
    @Override
    public void check(JsonNode v) {
      if (!v.isArray()) {
        throw DynamoException.serialization(
            v.isObject()
                ? "Start of structure or map found where not expected"
                : "Unexpected field type");
      }
      for (JsonNode element : v) {
        if (!element.isNull()) {
          member.check(element);
        }
      }
    }
  }

  /** A JSON object from string keys to one value shape. */
  record MapOf(String valueName, Shape value) implements Shape {
    @Override
    public void check(JsonNode v) {
      if (!v.isObject()) {
        throw DynamoException.serialization(
            v.isArray()
                ? "Unrecognized collection type java.util.Map<java.lang.String,"
                    + " com.amazonaws.dynamodb.v20120810."
                    + valueName
                    + ">"
                : "Unexpected field type");
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        if (!e.getValue().isNull()) {
          value.check(e.getValue());
        }
      }
    }
  }

  /** A JSON object with named members; members the model does not know are ignored. */
  record Struct(String name, Map<String, Shape> members) implements Shape {
    @Override
    public void check(JsonNode v) {
      if (!v.isObject()) {
        throw DynamoException.serialization(
            v.isArray()
                ? "Unrecognized collection type class com.amazonaws.dynamodb.v20120810." + name
                : "Unexpected field type");
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        Shape member = members.get(e.getKey());
        if (member != null && !e.getValue().isNull()) {
          member.check(e.getValue());
        }
      }
    }
  }

  /** See {@link #ATTRIBUTE_VALUE}. */
  record AttributeValueShape() implements Shape {
    @Override
    public void check(JsonNode value) {}
  }

  /**
   * The deserializer's message for a JSON value of the wrong type, e.g. "NUMBER_VALUE cannot be
   * converted to String".
   */
  static String conversionError(JsonNode v, String target) {
    if (v.isBoolean()) {
      return (v.booleanValue() ? "TRUE_VALUE" : "FALSE_VALUE")
          + " cannot be converted to "
          + target;
    }
    if (v.isIntegralNumber()) {
      return "NUMBER_VALUE cannot be converted to " + target;
    }
    if (v.isNumber()) {
      return "DECIMAL_VALUE cannot be converted to " + target;
    }
    if (v.isTextual()) {
      return "STRING_VALUE cannot be converted to " + target;
    }
    if (v.isArray()) {
      return "Unrecognized collection type class java.lang." + target;
    }
    if (v.isObject()) {
      return "Start of structure or map found where not expected";
    }
    return "Unexpected token received from parser";
  }
}
