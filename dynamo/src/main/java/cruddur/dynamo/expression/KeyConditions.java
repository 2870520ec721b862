package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.protocol.DynamoException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link KeyCondition} from a KeyConditionExpression or from legacy KeyConditions. Both
 * are first reduced to one legacy-style condition per attribute, then checked against the key
 * schema the same way.
 */
final class KeyConditions {
  private static final Set<String> NOT_INDEXABLE =
      Set.of("NULL", "NOT_NULL", "NE", "CONTAINS", "NOT_CONTAINS", "IN");
  private static final Map<String, String> OPERATORS =
      Map.of("=", "EQ", "<", "LT", "<=", "LE", ">", "GT", ">=", "GE");
  private static final Map<String, String> FLIPPED =
      Map.of("=", "=", "<", ">", "<=", ">=", ">", "<", ">=", "<=");

  private KeyConditions() {}

  /** Reduces a checked KeyConditionExpression tree to one condition per attribute. */
  static Map<String, LegacyCondition> fromExpression(Ast.Node root, Placeholders placeholders) {
    Map<String, LegacyCondition> conditions = new LinkedHashMap<>();
    collect(root, placeholders, conditions);
    for (LegacyCondition c : conditions.values()) {
      LegacyConditions.validated(c.attribute(), c.operator(), c.values());
    }
    return conditions;
  }

  private static void collect(
      Ast.Node node, Placeholders placeholders, Map<String, LegacyCondition> out) {
    Ast.Node n = Ast.unwrap(node);
    if (n instanceof Ast.And a) {
      collect(a.left(), placeholders, out);
      collect(a.right(), placeholders, out);
      return;
    }
    if (n instanceof Ast.Or) {
      throw invalidOperator("OR");
    }
    if (n instanceof Ast.Not) {
      throw invalidOperator("NOT");
    }
    if (n instanceof Ast.In) {
      throw invalidOperator("IN");
    }
    List<Ast.Node> operands;
    String op;
    if (n instanceof Ast.Compare c) {
      op = c.op().text();
      if (op.equals("<>")) {
        throw invalidOperator("<>");
      }
      operands = List.of(c.left(), c.right());
    } else if (n instanceof Ast.Between b) {
      op = "BETWEEN";
      operands = List.of(b.subject(), b.low(), b.high());
    } else {
      Ast.Call call = (Ast.Call) n;
      op = call.function();
      if (!op.equals("begins_with")) {
        throw invalidOperator(op);
      }
      operands = call.args();
    }
    add(op, operands, placeholders, out);
  }

  private static void add(
      String op,
      List<Ast.Node> operands,
      Placeholders placeholders,
      Map<String, LegacyCondition> out) {
    if (operands.stream().anyMatch(o -> Ast.unwrap(o) instanceof Ast.Call)) {
      throw DynamoException.validation("KeyConditionExpressions cannot contain nested operations");
    }
    boolean leading = op.equals("BETWEEN") || op.equals("begins_with");
    if (leading && !(Ast.unwrap(operands.get(0)) instanceof Ast.Path)) {
      throw DynamoException.validation(
          "Invalid condition in KeyConditionExpression: "
              + op
              + " operator must have the key attribute as its first operand");
    }
    Ast.Path path = null;
    int pathIndex = -1;
    List<AttributeValue> values = new ArrayList<>();
    for (int i = 0; i < operands.size(); i++) {
      Ast.Node o = Ast.unwrap(operands.get(i));
      if (o instanceof Ast.Path p) {
        if (path != null) {
          throw DynamoException.validation(
              "Invalid condition in KeyConditionExpression: Multiple attribute names used in one"
                  + " condition");
        }
        if (p.steps().size() > 1) {
          throw DynamoException.validation(
              "KeyConditionExpressions cannot have conditions on nested attributes");
        }
        path = p;
        pathIndex = i;
      } else {
        values.add(placeholders.value((Ast.Value) o));
      }
    }
    if (path == null) {
      throw DynamoException.validation(
          "Invalid condition in KeyConditionExpression: No key attribute specified");
    }
    String name = placeholders.name(path.steps().get(0));
    if (out.containsKey(name)) {
      throw DynamoException.validation(
          "KeyConditionExpressions must only contain one condition per key");
    }
    String operator;
    if (op.equals("BETWEEN")) {
      operator = "BETWEEN";
    } else if (op.equals("begins_with")) {
      operator = "BEGINS_WITH";
    } else {
      operator = OPERATORS.get(pathIndex == 0 ? op : FLIPPED.get(op));
    }
    out.put(name, new LegacyCondition(name, operator, values));
  }

  /** Checks the conditions against the key schema and builds the key condition. */
  static KeyCondition build(Map<String, LegacyCondition> conditions, KeyNames keys) {
    if (conditions.size() != 1 && conditions.size() != 2) {
      throw DynamoException.validation("Conditions can be of length 1 or 2 only");
    }
    if (keys == null) {
      throw new IllegalArgumentException("A key condition needs the key schema");
    }
    if (keys.rangeKey().isEmpty() && conditions.size() > 1) {
      throw DynamoException.validation("Query key condition not supported");
    }
    LegacyCondition hash = require(conditions, keys.hashKey(), true);
    LegacyCondition range = null;
    if (keys.rangeKey().isPresent()) {
      range = conditions.size() > 1 ? require(conditions, keys.rangeKey().get(), false) : null;
    }
    if (range == null && conditions.size() > 1) {
      throw missed(keys.rangeKey().orElse(keys.hashKey()));
    }
    if (!hash.operator().equals("EQ")) {
      throw DynamoException.validation("Query key condition not supported");
    }
    Optional<RangeCondition> rangeCondition = Optional.empty();
    if (range != null) {
      List<AttributeValue> v = range.values();
      rangeCondition =
          Optional.of(
              new RangeCondition(
                  range.attribute(),
                  RangeOperator.valueOf(range.operator()),
                  v.get(0),
                  v.size() > 1 ? Optional.of(v.get(1)) : Optional.empty()));
    }
    return new KeyCondition(hash.attribute(), hash.values().get(0), rangeCondition);
  }

  private static LegacyCondition require(
      Map<String, LegacyCondition> conditions, String name, boolean isHash) {
    LegacyCondition c = conditions.get(name);
    if (c == null) {
      if (isHash || conditions.size() > 1) {
        throw missed(name);
      }
      return null;
    }
    if (NOT_INDEXABLE.contains(c.operator())) {
      throw DynamoException.validation(
          "Attempted conditional constraint is not an indexable operation");
    }
    for (AttributeValue v : c.values()) {
      if (!Comparison.isKeyType(v.type())) {
        throw DynamoException.validation(
            "One or more parameter values were invalid: Condition parameter type does not match"
                + " schema type");
      }
    }
    return c;
  }

  private static DynamoException missed(String name) {
    return DynamoException.validation("Query condition missed key schema element: " + name);
  }

  private static DynamoException invalidOperator(String op) {
    return DynamoException.validation("Invalid operator used in KeyConditionExpression: " + op);
  }
}
