package cruddur.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items in DynamoDB's typed JSON, as the AWS CLI prints them. */
final class ItemJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ItemJson() {}

  static String typed(Map<String, AttributeValue> item) {
    try {
      return JSON.writeValueAsString(object(item));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode object(Map<String, AttributeValue> item) {
    ObjectNode node = NODES.objectNode();
    item.forEach((name, value) -> node.set(name, value(value)));
    return node;
  }

  private static JsonNode value(AttributeValue v) {
    ObjectNode node = NODES.objectNode();
    switch (v.type()) {
      case S -> node.put("S", v.s());
      case N -> node.put("N", v.n());
      case B -> node.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
      case BOOL -> node.put("BOOL", v.bool());
      case NUL -> node.put("NULL", true);
      case M -> node.set("M", object(v.m()));
      case L -> {
        ArrayNode list = node.putArray("L");
        v.l().forEach(e -> list.add(value(e)));
      }
      case SS -> v.ss().forEach(node.putArray("SS")::add);
      case NS -> v.ns().forEach(node.putArray("NS")::add);
      case BS -> {
        ArrayNode list = node.putArray("BS");
        v.bs().forEach(b -> list.add(Base64.getEncoder().encodeToString(b.asByteArray())));
      }
      default -> node.put("?", v.toString());
    }
    return node;
  }
}
