package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.function.Function;

/**
 * A compiled operand: how to compute it for an item (null when absent), its type when known before
 * any item is seen, its path when it is a plain document path, and its value when it is a :value.
 */
record Operand(
    Function<Map<String, AttributeValue>, AttributeValue> eval,
    AttributeValue.Type staticType,
    DocumentPath path,
    AttributeValue constantValue) {

  static Operand constant(AttributeValue value) {
    return new Operand(item -> value, value.type(), null, value);
  }

  static Operand path(DocumentPath path) {
    return new Operand(path::resolve, null, path, null);
  }

  static Operand computed(
      Function<Map<String, AttributeValue>, AttributeValue> eval, AttributeValue.Type type) {
    return new Operand(eval, type, null, null);
  }

  AttributeValue evaluate(Map<String, AttributeValue> item) {
    return eval.apply(item);
  }

  boolean isPath() {
    return path != null;
  }
}
