package cruddur.dynamo.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One change to a request's JSON tree, as a fuzzer makes it: at the node {@code target} picks (in
 * pre-order, modulo the tree's size), replace, remove, wrap, repeat, deepen or add a member.
 */
record JsonMutation(Kind kind, int target, JsonNode payload) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What the mutation does at its node. */
  enum Kind {
    /** Put the payload in the node's place: another type, size or encoding. */
    REPLACE,
    /** Drop the node from its object or array. */
    REMOVE,
    /** Put the node inside a one-element array. */
    WRAP_IN_ARRAY,
    /** Put the node inside an object, under the payload's text as its key. */
    WRAP_IN_OBJECT,
    /** Repeat the node in its array until there are 101 of it (past every batch limit). */
    REPEAT,
    /** Put the node 40 levels deep in maps and lists (past the nesting limit). */
    DEEPEN,
    /** Add the payload to the node's object under a member name DynamoDB knows, or to its array. */
    ADD_MEMBER,
    /** Replace the node with its own JSON text as a string. */
    STRINGIFY
  }

  private static final String[] MEMBER_NAMES = {
    "TableName",
    "Key",
    "Item",
    "KeySchema",
    "AttributeDefinitions",
    "IndexName",
    "Limit",
    "ExclusiveStartKey",
    "ExpressionAttributeNames",
    "ExpressionAttributeValues",
    "ConditionExpression",
    "UpdateExpression",
    "KeyConditionExpression",
    "FilterExpression",
    "ProjectionExpression",
    "ReturnValues",
    "Select",
    "Segment",
    "TotalSegments",
    "GlobalSecondaryIndexes",
    "LocalSecondaryIndexes",
    "Projection",
    "NonKeyAttributes",
    "Tags",
    "Value",
    "AttributeValueList",
    "ComparisonOperator",
    "RequestItems",
    "TransactItems",
    "ShardIterator",
    "StreamArn",
    "S",
    "N",
    "B",
    "BOOL",
    "NULL",
    "M",
    "L",
    "SS",
    "NS",
    "BS"
  };

  /** Returns a changed copy of the tree; the original is left as it is. */
  JsonNode applyTo(JsonNode tree) {
    JsonNode root = tree.deepCopy();
    List<Slot> slots = new ArrayList<>();
    collect(root, null, null, -1, slots);
    Slot slot = slots.get(Math.floorMod(target, slots.size()));
    if (slot.parent() == null) {
      return kind == Kind.ADD_MEMBER || kind == Kind.REMOVE ? atRoot(root) : replaced(root);
    }
    switch (kind) {
      case REMOVE -> slot.remove();
      case REPEAT -> {
        if (slot.parent() instanceof ArrayNode array) {
          while (array.size() < 101) {
            array.add(slot.node().deepCopy());
          }
        } else {
          slot.set(NODES.arrayNode().add(slot.node()).add(slot.node().deepCopy()));
        }
      }
      case ADD_MEMBER -> {
        if (slot.node() instanceof ObjectNode object) {
          object.set(memberName(), payload);
        } else if (slot.node() instanceof ArrayNode array) {
          array.add(payload);
        } else {
          slot.set(payload);
        }
      }
      default -> slot.set(replaced(slot.node()));
    }
    return root;
  }

  private JsonNode atRoot(JsonNode root) {
    if (root instanceof ObjectNode object) {
      if (kind == Kind.ADD_MEMBER) {
        object.set(memberName(), payload);
      } else if (object.size() > 0) {
        object.remove(object.fieldNames().next());
      }
    }
    return root;
  }

  private JsonNode replaced(JsonNode node) {
    return switch (kind) {
      case WRAP_IN_ARRAY -> NODES.arrayNode().add(node);
      case WRAP_IN_OBJECT -> NODES.objectNode().set(payload.asText("x"), node);
      case DEEPEN -> deepen(node);
      case STRINGIFY -> NODES.textNode(node.toString());
      default -> payload;
    };
  }

  private JsonNode deepen(JsonNode node) {
    JsonNode deep = node;
    for (int i = 0; i < 40; i++) {
      deep =
          i % 2 == 0
              ? NODES.objectNode().set("M", NODES.objectNode().set("a", deep))
              : NODES.objectNode().set("L", NODES.arrayNode().add(deep));
    }
    return deep;
  }

  private String memberName() {
    return MEMBER_NAMES[Math.floorMod(target * 31 + payload.hashCode(), MEMBER_NAMES.length)];
  }

  /** A node and where it sits, so it can be replaced or removed. */
  private record Slot(JsonNode node, JsonNode parent, String field, int index) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static void collect(
      JsonNode node, JsonNode parent, String field, int index, List<Slot> slots) {
    slots.add(new Slot(node, parent, field, index));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), node, e.getKey(), -1, slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, slots);
      }
    }
  }
}
