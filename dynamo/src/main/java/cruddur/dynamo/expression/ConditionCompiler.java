package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a checked condition tree into an executable {@link Condition}, resolving placeholders and
 * making the checks DynamoDB makes on operands: distinct operands, operand types, BETWEEN bounds
 * and the IN operand limit.
 */
final class ConditionCompiler {
  static final int MAX_IN_OPERANDS = 100;
  private static final String ANY_TYPE =
      "{SS,M,DECIMAL,DOUBLESET,HDS,N,B,DICT,INTSET,BOOL,HD,BS,INT,DECIMALSET,NULL,FLOAT,FS,S,L,NS,"
          + "DOUBLE}";
  private static final String VALID_TYPES = "{N,BS,L,B,NULL,M,S,SS,NS,BOOL}";

  private final Placeholders placeholders;

  ConditionCompiler(Placeholders placeholders) {
    this.placeholders = placeholders;
  }

  Condition compile(Ast.Node node) {
    if (node instanceof Ast.Paren p) {
      return compile(p.inner());
    }
    if (node instanceof Ast.And a) {
      Condition left = compile(a.left());
      Condition right = compile(a.right());
      return item -> left.test(item) && right.test(item);
    }
    if (node instanceof Ast.Or o) {
      Condition left = compile(o.left());
      Condition right = compile(o.right());
      return item -> left.test(item) || right.test(item);
    }
    if (node instanceof Ast.Not n) {
      Condition inner = compile(n.inner());
      return item -> !inner.test(item);
    }
    if (node instanceof Ast.Compare c) {
      return compare(c);
    }
    if (node instanceof Ast.Between b) {
      return between(b);
    }
    if (node instanceof Ast.In in) {
      return in(in);
    }
    return function((Ast.Call) node);
  }

  private Condition compare(Ast.Compare c) {
    Operand left = operand(c.left());
    Operand right = operand(c.right());
    String op = c.op().text();
    distinct(op, left, List.of(right));
    if (!op.equals("=") && !op.equals("<>")) {
      requireKeyTypes(op, left, right);
    }
    return item -> Evaluation.compare(op, left.evaluate(item), right.evaluate(item));
  }

  private Condition between(Ast.Between b) {
    Operand subject = operand(b.subject());
    Operand low = operand(b.low());
    Operand high = operand(b.high());
    distinct("BETWEEN", subject, List.of(low, high));
    requireKeyTypes("BETWEEN", subject, low, high);
    AttributeValue lowValue = low.constantValue();
    AttributeValue highValue = high.constantValue();
    if (lowValue != null && highValue != null) {
      String bounds =
          "; lower bound operand: "
              + describeBound(lowValue)
              + ", upper bound operand: "
              + describeBound(highValue);
      if (lowValue.type() != highValue.type()) {
        throw new ExpressionError(
            "The BETWEEN operator requires same data type for lower and upper bounds" + bounds);
      }
      if (Comparison.compare(lowValue, highValue) > 0) {
        throw new ExpressionError(
            "The BETWEEN operator requires upper bound to be greater than or equal to lower bound"
                + bounds);
      }
    }
    return item ->
        Evaluation.between(subject.evaluate(item), low.evaluate(item), high.evaluate(item));
  }

  private Condition in(Ast.In in) {
    Operand subject = operand(in.subject());
    List<Operand> options = new ArrayList<>();
    for (Ast.Node option : in.options()) {
      options.add(operand(option));
    }
    if (options.size() > MAX_IN_OPERANDS) {
      throw new ExpressionError(
          "The IN operator is provided with too many operands; number of operands: "
              + options.size());
    }
    distinct("IN", subject, options);
    return item -> {
      AttributeValue value = subject.evaluate(item);
      if (value == null) {
        return false;
      }
      for (Operand option : options) {
        if (Evaluation.equal(value, option.evaluate(item))) {
          return true;
        }
      }
      return false;
    };
  }

  private Condition function(Ast.Call call) {
    List<Operand> args = arguments(call);
    String name = call.function();
    Operand first = args.get(0);
    if (name.startsWith("attribute_") && !first.isPath()) {
      throw new ExpressionError(
          "Operator or function requires a document path; operator or function: " + name);
    }
    distinct(name, first, args.subList(1, args.size()));
    switch (name) {
      case "attribute_exists":
        return item -> first.evaluate(item) != null;
      case "attribute_not_exists":
        return item -> first.evaluate(item) == null;
      case "attribute_type":
        {
          String type = attributeTypeName(args.get(1));
          return item -> {
            AttributeValue value = first.evaluate(item);
            return value != null && value.type().name().equals(type);
          };
        }
      case "begins_with":
        {
          for (Operand arg : args) {
            AttributeValue.Type t = arg.staticType();
            if (t != null && t != AttributeValue.Type.S && t != AttributeValue.Type.B) {
              throw operandType(name, t.name());
            }
          }
          Operand prefix = args.get(1);
          return item -> {
            AttributeValue value = first.evaluate(item);
            AttributeValue p = prefix.evaluate(item);
            return value != null && p != null && Evaluation.beginsWith(value, p);
          };
        }
      default: // contains
        {
          Operand operand = args.get(1);
          return item -> Evaluation.contains(first.evaluate(item), operand.evaluate(item));
        }
    }
  }

  private String attributeTypeName(Operand typeOperand) {
    AttributeValue value = typeOperand.constantValue();
    if (value == null) {
      throw operandType(
          "attribute_type",
          typeOperand.staticType() == null ? ANY_TYPE : typeOperand.staticType().name());
    }
    if (!(value instanceof AttributeValue.S s)) {
      throw operandType("attribute_type", value.type().name());
    }
    if (!StaticChecks.TYPE_NAMES.contains(s.value())) {
      throw new ExpressionError(
          "Invalid attribute type name found; type: "
              + s.value()
              + ", valid types: "
              + VALID_TYPES);
    }
    return s.value();
  }

  /** Compiles an operand: a path, a :value or size(operand). */
  Operand operand(Ast.Node node) {
    Ast.Node n = Ast.unwrap(node);
    if (n instanceof Ast.Path p) {
      return Operand.path(placeholders.path(p));
    }
    if (n instanceof Ast.Value v) {
      return Operand.constant(placeholders.value(v));
    }
    Ast.Call call = (Ast.Call) n; // only size() reaches here after StaticChecks
    Operand arg = arguments(call).get(0);
    AttributeValue.Type t = arg.staticType();
    if (t == AttributeValue.Type.N
        || t == AttributeValue.Type.BOOL
        || t == AttributeValue.Type.NULL) {
      throw operandType("size", t.name());
    }
    return Operand.computed(item -> Evaluation.size(arg.evaluate(item)), AttributeValue.Type.N);
  }

  private List<Operand> arguments(Ast.Call call) {
    List<Operand> args = new ArrayList<>();
    for (Ast.Node arg : call.args()) {
      args.add(operand(arg));
    }
    return args;
  }

  private static void requireKeyTypes(String op, Operand... operands) {
    for (Operand o : operands) {
      AttributeValue.Type t = o.staticType();
      if (t != null && !Comparison.isKeyType(t)) {
        throw operandType(op, t.name());
      }
    }
  }

  /** DynamoDB refuses an operator whose first operand path also appears among the others. */
  static void distinct(String op, Operand first, List<Operand> rest) {
    if (!first.isPath()) {
      return;
    }
    for (Operand other : rest) {
      if (first.path().equals(other.path())) {
        throw new ExpressionError(
            "The first operand must be distinct from the remaining operands for this operator or"
                + " function; operator: "
                + op
                + ", first operand: "
                + first.path());
      }
    }
  }

  static ExpressionError operandType(String op, String type) {
    return new ExpressionError(
        "Incorrect operand type for operator or function; operator or function: "
            + op
            + ", operand type: "
            + type);
  }

  /** How DynamoDB prints a BETWEEN bound. */
  static String describeBound(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return "AttributeValue: {S:" + s.value() + "}";
    }
    if (v instanceof AttributeValue.N n) {
      return "AttributeValue: {N:" + n.text() + "}";
    }
    if (v instanceof AttributeValue.B b) {
      int len = b.value().length();
      return "AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=" + len + " cap=" + len + "]}";
    }
    return "AttributeValue: {" + v.type() + ":" + v + "}";
  }
}
