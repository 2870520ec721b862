package cruddur.dynamo.expression;

import java.util.List;

/**
 * The unresolved syntax tree of an expression: placeholders are still names, so the parser stays
 * free of side effects and the checks can run afterwards in DynamoDB's order.
 */
final class Ast {
  private Ast() {}

  /** Any node: a condition or an operand. */
  sealed interface Node
      permits Path, Value, Call, Paren, Compare, Between, In, And, Or, Not, Arith {}

  /** One step of a path as written: a name or #placeholder, or a list index. */
  record Step(Token token) {
    boolean isIndex() {
      return token.is(Token.Type.INT);
    }

    boolean isPlaceholder() {
      return token.is(Token.Type.NAME);
    }
  }

  /** A document path. */
  record Path(List<Step> steps) implements Node {}

  /** A :value placeholder. */
  record Value(Token token) implements Node {}

  /** A function call; used both as a condition and as an operand. */
  record Call(Token name, List<Node> args) implements Node {
    String function() {
      return name.text();
    }
  }

  /** A parenthesised node, kept so redundant parentheses can be recognised. */
  record Paren(Node inner) implements Node {}

  /** {@code a <op> b} with one of = <> < <= > >=. */
  record Compare(Token op, Node left, Node right) implements Node {}

  /** {@code a BETWEEN low AND high}. */
  record Between(Token op, Node subject, Node low, Node high) implements Node {}

  /** {@code a IN (b, c, ...)}. */
  record In(Token op, Node subject, List<Node> options) implements Node {}

  /** {@code a AND b}. */
  record And(Node left, Node right) implements Node {}

  /** {@code a OR b}. */
  record Or(Node left, Node right) implements Node {}

  /** {@code NOT a}. */
  record Not(Node inner) implements Node {}

  /** {@code a + b} or {@code a - b} in a SET action. */
  record Arith(Token op, Node left, Node right) implements Node {}

  /** One action of an update clause; value is null for REMOVE. */
  record Action(Path path, Node value) {}

  /** One SET, REMOVE, ADD or DELETE clause. */
  record Clause(Token keyword, List<Action> actions) {
    String name() {
      return keyword.type().name();
    }
  }

  /** Whether the node is (or wraps) a condition that cannot also be an operand. */
  static boolean isLogical(Node node) {
    Node n = unwrap(node);
    return isCondition(n) && !(n instanceof Call);
  }

  /** Strips parentheses around a node. */
  static Node unwrap(Node node) {
    while (node instanceof Paren p) {
      node = p.inner();
    }
    return node;
  }

  /** Whether the node is (or wraps) something that evaluates to true or false. */
  static boolean isCondition(Node node) {
    Node n = unwrap(node);
    return n instanceof Compare
        || n instanceof Between
        || n instanceof In
        || n instanceof And
        || n instanceof Or
        || n instanceof Not
        || n instanceof Call;
  }
}
