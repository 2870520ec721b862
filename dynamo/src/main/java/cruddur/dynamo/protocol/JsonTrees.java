package cruddur.dynamo.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;

/**
 * Reads and writes JSON trees with Jackson's streaming API alone. An ObjectMapper would do the
 * same, but building one costs a third of a second at start-up, which the engine's cold start
 * cannot afford.
 */
public final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /** Parses one JSON value; trailing content is an error. */
  public static JsonNode parse(JsonFactory factory, byte[] bytes) throws IOException {
    try (JsonParser parser = factory.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("no content");
      }
      JsonNode node = read(parser, first);
      if (parser.nextToken() != null) {
        throw new IOException("trailing content");
      }
      return node;
    }
  }

  private static JsonNode read(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        {
          ObjectNode object = NODES.objectNode();
          for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = wellFormed(p.currentName());
            object.set(name, read(p, p.nextToken()));
          }
          return object;
        }
      case START_ARRAY:
        {
          ArrayNode array = NODES.arrayNode();
          for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            array.add(read(p, t));
          }
          return array;
        }
      case VALUE_STRING:
        return NODES.textNode(wellFormed(p.getText()));
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected token " + token);
    }
  }

  /**
   * Refuses a string that is not a sequence of Unicode characters: a JSON escape of a lone UTF-16
   * surrogate ({@code "\\ud800"}) or its raw encoding parses, but has no UTF-8 form, so storing it
   * would store another string ({@code "?"}) and make two distinct keys one.
   */
  private static String wellFormed(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw new MalformedTextException(
              "Invalid UTF-8: a string holds an unpaired surrogate at index " + i);
        }
      }
    }
    return text;
  }

  /** A string in the request that is not valid Unicode. */
  public static final class MalformedTextException extends IOException {
    MalformedTextException(String message) {
      super(message);
    }
  }

  /** Writes a tree as JSON. */
  public static void write(JsonGenerator g, JsonNode node) throws IOException {
    if (node.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode child : node) {
        write(g, child);
      }
      g.writeEndArray();
    } else if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isNull()) {
      g.writeNull();
    } else if (node.isIntegralNumber()) {
      g.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      g.writeNumber(node.decimalValue());
    } else {
      throw new IOException("cannot write " + node.getNodeType());
    }
  }
}
