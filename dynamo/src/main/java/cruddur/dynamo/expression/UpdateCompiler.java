package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.DynamoNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed UpdateExpression in DynamoDB's order and compiles it: target paths and their
 * overlaps first, then each action's operands, last action first.
 */
final class UpdateCompiler {
  private final Placeholders placeholders;

  UpdateCompiler(Placeholders placeholders) {
    this.placeholders = placeholders;
  }

  ExpressionUpdate compile(List<Ast.Clause> clauses) {
    StaticChecks.update(clauses);
    List<Ast.Action> flat = new ArrayList<>();
    List<ExpressionUpdate.Kind> kinds = new ArrayList<>();
    List<DocumentPath> targets = new ArrayList<>();
    for (Ast.Clause clause : clauses) {
      for (Ast.Action action : clause.actions()) {
        flat.add(action);
        kinds.add(ExpressionUpdate.Kind.valueOf(clause.name()));
        targets.add(placeholders.path(action.path()));
      }
    }
    PathOverlap.check(targets);
    List<ExpressionUpdate.Action> actions = new ArrayList<>();
    for (int i = flat.size() - 1; i >= 0; i--) {
      actions.add(action(kinds.get(i), targets.get(i), flat.get(i).value()));
    }
    Collections.reverse(actions);
    return new ExpressionUpdate(actions);
  }

  private ExpressionUpdate.Action action(
      ExpressionUpdate.Kind kind, DocumentPath path, Ast.Node value) {
    switch (kind) {
      case SET:
        return new ExpressionUpdate.Action(kind, path, value(value), null);
      case REMOVE:
        return new ExpressionUpdate.Action(kind, path, null, null);
      default:
        {
          AttributeValue operand = placeholders.value((Ast.Value) value);
          boolean allowed =
              SetOps.isSet(operand.type())
                  || (kind == ExpressionUpdate.Kind.ADD && operand.type() == AttributeValue.Type.N);
          if (!allowed) {
            throw new ExpressionError(
                "Incorrect operand type for operator or function; operator: "
                    + kind
                    + ", operand type: "
                    + longTypeName(operand.type())
                    + ", typeSet: ALLOWED_FOR_"
                    + kind
                    + "_OPERAND");
          }
          return new ExpressionUpdate.Action(kind, path, null, operand);
        }
    }
  }

  /** Compiles the right-hand side of a SET action. */
  private ExpressionUpdate.ValueExpr value(Ast.Node node) {
    if (node instanceof Ast.Value v) {
      AttributeValue constant = placeholders.value(v);
      return item -> constant;
    }
    if (node instanceof Ast.Path p) {
      DocumentPath path = placeholders.path(p);
      return item -> require(path.resolve(item));
    }
    if (node instanceof Ast.Arith a) {
      String op = a.op().text();
      ExpressionUpdate.ValueExpr left = typed(op, a.left(), AttributeValue.Type.N);
      ExpressionUpdate.ValueExpr right = typed(op, a.right(), AttributeValue.Type.N);
      boolean plus = op.equals("+");
      return item -> {
        AttributeValue x = left.evaluate(item);
        AttributeValue y = right.evaluate(item);
        if (!(x instanceof AttributeValue.N nx) || !(y instanceof AttributeValue.N ny)) {
          throw UpdateErrors.wrongType();
        }
        return new AttributeValue.N(
            DynamoNumber.check(
                plus ? nx.value().add(ny.value()) : nx.value().subtract(ny.value())));
      };
    }
    Ast.Call call = (Ast.Call) node;
    String name = call.function();
    StaticChecks.checkArity(name, StaticChecks.UPDATE_FUNCTIONS.get(name), call.args().size());
    if (name.equals("if_not_exists")) {
      if (!(call.args().get(0) instanceof Ast.Path p)) {
        throw new ExpressionError(
            "Operator or function requires a document path; operator or function: " + name);
      }
      DocumentPath path = placeholders.path(p);
      ExpressionUpdate.ValueExpr fallback = value(call.args().get(1));
      return item -> {
        AttributeValue existing = path.resolve(item);
        return existing != null ? existing : fallback.evaluate(item);
      };
    }
    ExpressionUpdate.ValueExpr first = typed(name, call.args().get(0), AttributeValue.Type.L);
    ExpressionUpdate.ValueExpr second = typed(name, call.args().get(1), AttributeValue.Type.L);
    return item -> {
      AttributeValue x = first.evaluate(item);
      AttributeValue y = second.evaluate(item);
      if (!(x instanceof AttributeValue.L lx) || !(y instanceof AttributeValue.L ly)) {
        throw UpdateErrors.wrongType();
      }
      List<AttributeValue> joined = new ArrayList<>(lx.value());
      joined.addAll(ly.value());
      return new AttributeValue.L(joined);
    };
  }

  /** Compiles an operand whose type, when it is a :value, must be the given one. */
  private ExpressionUpdate.ValueExpr typed(String op, Ast.Node node, AttributeValue.Type type) {
    AttributeValue constant = placeholders.peekValue(node);
    ExpressionUpdate.ValueExpr expr = value(node);
    if (constant != null && constant.type() != type) {
      throw ConditionCompiler.operandType(op, constant.type().name());
    }
    return expr;
  }

  private static AttributeValue require(AttributeValue value) {
    if (value == null) {
      throw UpdateErrors.missingAttribute();
    }
    return value;
  }

  private static final Map<AttributeValue.Type, String> LONG_NAMES =
      Map.of(
          AttributeValue.Type.S, "STRING",
          AttributeValue.Type.N, "NUMBER",
          AttributeValue.Type.B, "BINARY",
          AttributeValue.Type.BOOL, "BOOLEAN",
          AttributeValue.Type.NULL, "NULL",
          AttributeValue.Type.L, "LIST",
          AttributeValue.Type.M, "MAP");

  private static String longTypeName(AttributeValue.Type type) {
    return LONG_NAMES.getOrDefault(type, type.name());
  }
}
