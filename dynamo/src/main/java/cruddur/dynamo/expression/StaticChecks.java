package cruddur.dynamo.expression;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first pass over a parsed expression, in the order it is written: list index range, reserved
 * words, function names, where each function may appear and (for conditions) operand counts.
 * Placeholders and types are checked later, by the compilers.
 */
final class StaticChecks {
  static final int MAX_OPERATORS = 300;

  /** Functions allowed as a condition, with their operand counts. */
  static final Map<String, Integer> CONDITION_FUNCTIONS =
      Map.of(
          "attribute_exists", 1,
          "attribute_not_exists", 1,
          "attribute_type", 2,
          "begins_with", 2,
          "contains", 2);

  /** Functions allowed only in update expressions. */
  static final Map<String, Integer> UPDATE_FUNCTIONS = Map.of("if_not_exists", 2, "list_append", 2);

  private static final String SIZE = "size";

  private StaticChecks() {}

  /** Checks a condition tree. */
  static void condition(Ast.Node root) {
    int count = countOperators(root);
    if (count > MAX_OPERATORS) {
      throw tooManyOperators(count);
    }
    visitCondition(root, true);
  }

  /** Checks an update: each section's actions, then whether the section was repeated. */
  static void update(List<Ast.Clause> clauses) {
    int count = 0;
    for (Ast.Clause clause : clauses) {
      for (Ast.Action action : clause.actions()) {
        count += action.value() == null ? 0 : countOperators(action.value());
      }
    }
    if (count > MAX_OPERATORS) {
      throw tooManyOperators(count);
    }
    Map<String, List<Ast.Clause>> sections = new LinkedHashMap<>();
    for (Ast.Clause clause : clauses) {
      sections.computeIfAbsent(clause.name(), k -> new java.util.ArrayList<>()).add(clause);
    }
    for (Map.Entry<String, List<Ast.Clause>> section : sections.entrySet()) {
      for (Ast.Clause clause : section.getValue()) {
        for (Ast.Action action : clause.actions()) {
          path(action.path());
          if (action.value() != null) {
            visitUpdateValue(action.value());
          }
        }
      }
      if (section.getValue().size() > 1) {
        throw new ExpressionError(
            "The \""
                + section.getKey()
                + "\" section can only be used once in an update expression;");
      }
    }
  }

  /** Checks the paths of a projection. */
  static void projection(List<Ast.Path> paths) {
    paths.forEach(StaticChecks::path);
  }

  private static void visitCondition(Ast.Node node, boolean wantCondition) {
    if (node instanceof Ast.Path p) {
      path(p);
    } else if (node instanceof Ast.Paren p) {
      visitCondition(p.inner(), wantCondition);
    } else if (node instanceof Ast.Call c) {
      String name = c.function();
      if (!CONDITION_FUNCTIONS.containsKey(name)
          && !UPDATE_FUNCTIONS.containsKey(name)
          && !SIZE.equals(name)) {
        throw new ExpressionError("Invalid function name; function: " + name);
      }
      if (UPDATE_FUNCTIONS.containsKey(name)) {
        throw new ExpressionError(
            "The function is not allowed in a condition expression; function: " + name);
      }
      if (wantCondition != CONDITION_FUNCTIONS.containsKey(name)) {
        throw new ExpressionError(
            "The function is not allowed to be used this way in an expression; function: " + name);
      }
      int expected = SIZE.equals(name) ? 1 : CONDITION_FUNCTIONS.get(name);
      checkArity(name, expected, c.args().size());
      c.args().forEach(a -> visitCondition(a, false));
    } else if (node instanceof Ast.And a) {
      visitCondition(a.left(), true);
      visitCondition(a.right(), true);
    } else if (node instanceof Ast.Or o) {
      visitCondition(o.left(), true);
      visitCondition(o.right(), true);
    } else if (node instanceof Ast.Not n) {
      visitCondition(n.inner(), true);
    } else if (node instanceof Ast.Compare c) {
      visitCondition(c.left(), false);
      visitCondition(c.right(), false);
    } else if (node instanceof Ast.Between b) {
      visitCondition(b.subject(), false);
      visitCondition(b.low(), false);
      visitCondition(b.high(), false);
    } else if (node instanceof Ast.In in) {
      visitCondition(in.subject(), false);
      in.options().forEach(o -> visitCondition(o, false));
    }
  }

  private static void visitUpdateValue(Ast.Node node) {
    if (node instanceof Ast.Path p) {
      path(p);
    } else if (node instanceof Ast.Arith a) {
      visitUpdateValue(a.left());
      visitUpdateValue(a.right());
    } else if (node instanceof Ast.Call c) {
      String name = c.function();
      if (!CONDITION_FUNCTIONS.containsKey(name)
          && !UPDATE_FUNCTIONS.containsKey(name)
          && !SIZE.equals(name)) {
        throw new ExpressionError("Invalid function name; function: " + name);
      }
      if (!UPDATE_FUNCTIONS.containsKey(name)) {
        throw new ExpressionError(
            "The function is not allowed in an update expression; function: " + name);
      }
      c.args().forEach(StaticChecks::visitUpdateValue);
    }
  }

  static void checkArity(String name, int expected, int actual) {
    if (expected != actual) {
      throw new ExpressionError(
          "Incorrect number of operands for operator or function; operator or function: "
              + name
              + ", number of operands: "
              + actual);
    }
  }

  private static void path(Ast.Path path) {
    for (Ast.Step step : path.steps()) {
      String text = step.token().text();
      if (step.isIndex()) {
        if (text.length() > 10 || Long.parseLong(text) > Integer.MAX_VALUE) {
          throw new ExpressionError(
              "List index is not within the allowable range; index: [" + text + "]");
        }
      } else if (!step.isPlaceholder() && ReservedWords.isReserved(text)) {
        throw new ExpressionError(
            "Attribute name is a reserved keyword; reserved keyword: " + text);
      }
    }
  }

  /** Comparisons, BETWEEN, IN, AND, OR, NOT, arithmetic and function calls. */
  private static int countOperators(Ast.Node node) {
    if (node instanceof Ast.Paren p) {
      return countOperators(p.inner());
    }
    if (node instanceof Ast.Call c) {
      return 1 + c.args().stream().mapToInt(StaticChecks::countOperators).sum();
    }
    if (node instanceof Ast.And a) {
      return 1 + countOperators(a.left()) + countOperators(a.right());
    }
    if (node instanceof Ast.Or o) {
      return 1 + countOperators(o.left()) + countOperators(o.right());
    }
    if (node instanceof Ast.Not n) {
      return 1 + countOperators(n.inner());
    }
    if (node instanceof Ast.Compare c) {
      return 1 + countOperators(c.left()) + countOperators(c.right());
    }
    if (node instanceof Ast.Arith a) {
      return 1 + countOperators(a.left()) + countOperators(a.right());
    }
    if (node instanceof Ast.Between b) {
      return 1 + countOperators(b.subject()) + countOperators(b.low()) + countOperators(b.high());
    }
    if (node instanceof Ast.In in) {
      return 1
          + countOperators(in.subject())
          + in.options().stream().mapToInt(StaticChecks::countOperators).sum();
    }
    return 0;
  }

  private static ExpressionError tooManyOperators(int count) {
    return new ExpressionError(
        "The expression contains too many operators; operator count: " + count);
  }

  /** Type names attribute_type accepts. */
  static final Set<String> TYPE_NAMES =
      Set.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");
}
