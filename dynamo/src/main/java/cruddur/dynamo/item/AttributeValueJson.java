package cruddur.dynamo.item;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.Shape;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's JSON form of attribute values ({@code {"S": "x"}}, {@code {"N": "1"}}, ...), read with
 * the wire's validation rules and written in the canonical form.
 */
public final class AttributeValueJson {
  private AttributeValueJson() {}

  /** Reads an item (a JSON object of attribute values); null or missing gives an empty map. */
  public static Map<String, AttributeValue> readItem(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw shape(
          node.isArray()
              ? "Unrecognized collection type java.util.Map<java.lang.String,"
                  + " com.amazonaws.dynamodb.v20120810.AttributeValue>"
              : "Unexpected field type");
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isNull()) {
        item.put(AttributeNames.check(e.getKey()), read(e.getValue()));
      }
    }
    return item;
  }

  /**
   * How many maps and lists may hold one another: DynamoDB documents 32 levels of nesting, the
   * attribute counting as the first, and refuses a 32nd nested map or list.
   */
  static final int MAX_NESTED_CONTAINERS = 31;

  /** Reads one attribute value, validating it as DynamoDB does. */
  public static AttributeValue read(JsonNode node) {
    return read(node, 0);
  }

  private static AttributeValue read(JsonNode node, int containers) {
    if (!node.isObject()) {
      if (node.isArray()) {
        throw shape(
            "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue");
      }
      throw shape("Unexpected value type in payload");
    }
    AttributeValue result = null;
    int types = 0;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      AttributeValue parsed = readTyped(e.getKey(), v, containers);
      if (parsed != null) {
        types++;
        result = parsed;
      }
    }
    if (types == 0) {
      throw DynamoException.validation(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (types > 1) {
      throw DynamoException.validation(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of"
              + " the supported datatypes");
    }
    return result;
  }

  private static AttributeValue readTyped(String type, JsonNode v, int containers) {
    if ((type.equals("M") || type.equals("L")) && containers >= MAX_NESTED_CONTAINERS) {
      throw DynamoException.validation(
          "Nesting Levels have exceeded supported limits: Attributes in the item have nested"
              + " levels beyond supported limit");
    }
    switch (type) {
      case "S":
        return new AttributeValue.S(string(v));
      case "N":
        return new AttributeValue.N(DynamoNumber.parse(string(v)));
      case "B":
        return AttributeValue.B.of(binary(v));
      case "BOOL":
        return bool(v) ? AttributeValue.Bool.TRUE : AttributeValue.Bool.FALSE;
      case "NULL":
        if (!bool(v)) {
          throw invalid("Null attribute value types must have the value of true");
        }
        return AttributeValue.Null.INSTANCE;
      case "M":
        return new AttributeValue.M(readMap(v, containers + 1));
      case "L":
        {
          List<AttributeValue> list = new ArrayList<>();
          for (JsonNode child : list(v)) {
            list.add(read(child, containers + 1));
          }
          return new AttributeValue.L(list);
        }
      case "SS":
        {
          List<String> members = new ArrayList<>();
          for (JsonNode child : list(v)) {
            members.add(string(child));
          }
          if (members.isEmpty()) {
            throw invalid("An string set  may not be empty");
          }
          Set<String> set = new LinkedHashSet<>(members);
          if (set.size() != members.size()) {
            throw invalid("Input collection " + members + " contains duplicates.");
          }
          return new AttributeValue.SS(set);
        }
      case "NS":
        {
          List<BigDecimal> members = new ArrayList<>();
          for (JsonNode child : list(v)) {
            members.add(DynamoNumber.parse(string(child)));
          }
          if (members.isEmpty()) {
            throw invalid("An number set  may not be empty");
          }
          Set<BigDecimal> set = new LinkedHashSet<>(members);
          if (set.size() != members.size()) {
            throw DynamoException.validation("Input collection contains duplicates");
          }
          return new AttributeValue.NS(set);
        }
      case "BS":
        {
          List<AttributeValue.Bytes> members = new ArrayList<>();
          List<String> texts = new ArrayList<>();
          for (JsonNode child : list(v)) {
            members.add(new AttributeValue.Bytes(binary(child)));
            texts.add(child.asText());
          }
          if (members.isEmpty()) {
            throw invalid("Binary sets should not be empty");
          }
          Set<AttributeValue.Bytes> set = new LinkedHashSet<>(members);
          if (set.size() != members.size()) {
            throw invalid("Input collection " + texts + "of type BS contains duplicates.");
          }
          return new AttributeValue.BS(set);
        }
      default:
        return null; // unknown members are ignored, as Coral does
    }
  }

  private static Map<String, AttributeValue> readMap(JsonNode v, int containers) {
    if (!v.isObject()) {
      throw shape(
          v.isArray()
              ? "Unrecognized collection type java.util.Map<java.lang.String,"
                  + " com.amazonaws.dynamodb.v20120810.AttributeValue>"
              : "Unexpected field type");
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isNull()) {
        map.put(e.getKey(), read(e.getValue(), containers));
      }
    }
    return map;
  }

  private static JsonNode list(JsonNode v) {
    if (!v.isArray()) {
      throw shape(
          v.isObject()
              ? "Start of structure or map found where not expected"
              : "Unexpected field type");
    }
    return v;
  }

  static String string(JsonNode v) {
    if (v.isTextual()) {
      return v.textValue();
    }
    throw shape(Shape.conversionError(v, "String"));
  }

  /** BOOL and NULL take JSON's true and false only: DynamoDB refuses {@code "true"}. */
  private static boolean bool(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    throw shape(Shape.conversionError(v, "Boolean"));
  }

  private static byte[] binary(JsonNode v) {
    if (!v.isTextual()) {
      if (v.isContainerNode()) {
        throw shape(
            v.isArray()
                ? "Unrecognized collection type class java.nio.ByteBuffer"
                : "Start of structure or map found where not expected");
      }
      throw shape("only base-64-encoded strings are convertible to bytes");
    }
    String text = v.textValue();
    if (text.length() % 4 != 0) {
      throw shape(
          "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length());
    }
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw shape("Invalid last non-pad Base64 character dectected");
    }
  }

  private static DynamoException invalid(String detail) {
    return DynamoException.validation("One or more parameter values were invalid: " + detail);
  }

  private static DynamoException shape(String message) {
    return DynamoException.serialization(message);
  }

  /** Writes an item as a JSON object of attribute values. */
  public static void writeItem(JsonGenerator g, Map<String, AttributeValue> item)
      throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      g.writeFieldName(e.getKey());
      write(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** Writes one attribute value in its canonical wire form. */
  public static void write(JsonGenerator g, AttributeValue value) throws IOException {
    g.writeStartObject();
    if (value instanceof AttributeValue.S s) {
      g.writeStringField("S", s.value());
    } else if (value instanceof AttributeValue.N n) {
      g.writeStringField("N", n.text());
    } else if (value instanceof AttributeValue.B b) {
      g.writeFieldName("B");
      g.writeBinary(b.value().array());
    } else if (value instanceof AttributeValue.Bool b) {
      g.writeBooleanField("BOOL", b.value());
    } else if (value instanceof AttributeValue.Null) {
      g.writeBooleanField("NULL", true);
    } else if (value instanceof AttributeValue.M m) {
      g.writeFieldName("M");
      writeItem(g, m.value());
    } else if (value instanceof AttributeValue.L l) {
      g.writeArrayFieldStart("L");
      for (AttributeValue child : l.value()) {
        write(g, child);
      }
      g.writeEndArray();
    } else if (value instanceof AttributeValue.SS ss) {
      g.writeArrayFieldStart("SS");
      for (String s : ss.value()) {
        g.writeString(s);
      }
      g.writeEndArray();
    } else if (value instanceof AttributeValue.NS ns) {
      g.writeArrayFieldStart("NS");
      for (BigDecimal n : ns.value()) {
        g.writeString(DynamoNumber.format(n));
      }
      g.writeEndArray();
    } else if (value instanceof AttributeValue.BS bs) {
      g.writeArrayFieldStart("BS");
      for (AttributeValue.Bytes b : bs.value()) {
        g.writeBinary(b.array());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
