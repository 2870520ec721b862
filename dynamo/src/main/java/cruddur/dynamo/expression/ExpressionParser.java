package cruddur.dynamo.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the three expression grammars (condition, update, projection). It
 * only builds the {@link Ast}; placeholders, functions and types are checked afterwards.
 *
 * <p>Conditions use one grammar for operands and conditions because "(" may open either a
 * parenthesised condition or a parenthesised operand; what it was becomes clear only after the
 * closing ")". This avoids backtracking, which would be exponential on nested parentheses.
 */
final class ExpressionParser {
  /**
   * How deep parentheses, NOTs and function calls may nest. Anything deeper already breaks the
   * 300-operator limit or the redundant-parentheses rule; the bound keeps recursion off the end of
   * the stack.
   */
  static final int MAX_NESTING = 500;

  private final String text;
  private int depth;
  private final List<Token> tokens;
  private int pos;

  private ExpressionParser(String text) {
    this.text = text;
    this.tokens = Lexer.tokenize(text);
  }

  static Ast.Node parseCondition(String text) {
    ExpressionParser p = new ExpressionParser(text);
    Ast.Node node = p.or();
    p.requireCondition(node);
    p.expect(Token.Type.EOF);
    return node;
  }

  static List<Ast.Clause> parseUpdate(String text) {
    ExpressionParser p = new ExpressionParser(text);
    List<Ast.Clause> clauses = new ArrayList<>();
    do {
      clauses.add(p.clause());
    } while (!p.peek().is(Token.Type.EOF));
    return clauses;
  }

  static List<Ast.Path> parseProjection(String text) {
    ExpressionParser p = new ExpressionParser(text);
    List<Ast.Path> paths = new ArrayList<>();
    paths.add(p.path());
    while (p.accept(Token.Type.COMMA)) {
      paths.add(p.path());
    }
    p.expect(Token.Type.EOF);
    return paths;
  }

  // ---- conditions ----

  private Ast.Node or() {
    Ast.Node left = and();
    while (peek().is(Token.Type.OR)) {
      requireCondition(left);
      next();
      Ast.Node right = and();
      requireCondition(right);
      left = new Ast.Or(left, right);
    }
    return left;
  }

  private Ast.Node and() {
    Ast.Node left = not();
    while (peek().is(Token.Type.AND)) {
      requireCondition(left);
      next();
      Ast.Node right = not();
      requireCondition(right);
      left = new Ast.And(left, right);
    }
    return left;
  }

  private Ast.Node not() {
    if (accept(Token.Type.NOT)) {
      enter();
      Ast.Node inner = not();
      requireCondition(inner);
      depth--;
      return new Ast.Not(inner);
    }
    return comparison();
  }

  /** A comparison, BETWEEN, IN, a function call, or a bare (possibly parenthesised) operand. */
  private Ast.Node comparison() {
    Ast.Node left = peek().is(Token.Type.LPAREN) ? group() : operand();
    Token op = peek();
    if (op.isComparator() || op.is(Token.Type.BETWEEN) || op.is(Token.Type.IN)) {
      if (Ast.isLogical(left)) {
        throw syntaxError(pos);
      }
      next();
      if (op.is(Token.Type.BETWEEN)) {
        Ast.Node low = operand();
        expect(Token.Type.AND);
        return new Ast.Between(op, left, low, operand());
      }
      if (op.is(Token.Type.IN)) {
        expect(Token.Type.LPAREN);
        List<Ast.Node> options = new ArrayList<>();
        options.add(operand());
        while (accept(Token.Type.COMMA)) {
          options.add(operand());
        }
        expect(Token.Type.RPAREN);
        return new Ast.In(op, left, options);
      }
      return new Ast.Compare(op, left, operand());
    }
    return left;
  }

  /** "(" condition-or-operand ")". */
  private Ast.Node group() {
    expect(Token.Type.LPAREN);
    enter();
    Ast.Node inner = or();
    expect(Token.Type.RPAREN);
    depth--;
    return paren(inner);
  }

  private void enter() {
    if (++depth > MAX_NESTING) {
      throw syntaxError(pos);
    }
  }

  private void requireCondition(Ast.Node node) {
    if (!Ast.isCondition(node)) {
      throw syntaxError(pos);
    }
  }

  // ---- operands and paths ----

  private Ast.Node operand() {
    Token t = peek();
    switch (t.type()) {
      case VALUE:
        next();
        return new Ast.Value(t);
      case LPAREN:
        {
          next();
          enter();
          Ast.Node inner = operand();
          expect(Token.Type.RPAREN);
          depth--;
          return paren(inner);
        }
      case IDENT:
        if (peek(1).is(Token.Type.LPAREN)) {
          return call();
        }
        return path();
      case NAME:
        return path();
      default:
        throw syntaxError(pos);
    }
  }

  private Ast.Node paren(Ast.Node inner) {
    if (inner instanceof Ast.Paren) {
      // DynamoDB refuses two parentheses straight around the same thing.
      throw new ExpressionError("The expression has redundant parentheses;");
    }
    return new Ast.Paren(inner);
  }

  private Ast.Call call() {
    Token name = next();
    expect(Token.Type.LPAREN);
    enter();
    List<Ast.Node> args = new ArrayList<>();
    args.add(operand());
    while (accept(Token.Type.COMMA)) {
      args.add(operand());
    }
    expect(Token.Type.RPAREN);
    depth--;
    return new Ast.Call(name, args);
  }

  private Ast.Path path() {
    Token first = peek();
    if (!first.is(Token.Type.IDENT) && !first.is(Token.Type.NAME)) {
      throw syntaxError(pos);
    }
    next();
    List<Ast.Step> steps = new ArrayList<>();
    steps.add(new Ast.Step(first));
    while (true) {
      if (accept(Token.Type.DOT)) {
        Token t = peek();
        if (!t.is(Token.Type.IDENT) && !t.is(Token.Type.NAME)) {
          throw syntaxError(pos);
        }
        steps.add(new Ast.Step(next()));
      } else if (accept(Token.Type.LBRACKET)) {
        steps.add(new Ast.Step(expect(Token.Type.INT)));
        expect(Token.Type.RBRACKET);
      } else {
        return new Ast.Path(steps);
      }
    }
  }

  // ---- updates ----

  private Ast.Clause clause() {
    Token keyword = peek();
    List<Ast.Action> actions = new ArrayList<>();
    switch (keyword.type()) {
      case SET:
      case REMOVE:
      case ADD:
      case DELETE:
        next();
        break;
      default:
        throw syntaxError(pos);
    }
    do {
      actions.add(action(keyword.type()));
    } while (accept(Token.Type.COMMA));
    return new Ast.Clause(keyword, actions);
  }

  private Ast.Action action(Token.Type clause) {
    Ast.Path path = path();
    switch (clause) {
      case SET:
        expect(Token.Type.EQ);
        return new Ast.Action(path, Ast.unwrap(setValue()));
      case REMOVE:
        return new Ast.Action(path, null);
      default:
        return new Ast.Action(path, new Ast.Value(expect(Token.Type.VALUE)));
    }
  }

  /**
   * The right-hand side of a SET action: an operand, or two operands joined by + or -. Either may
   * be parenthesised (once), and so may each operand of the arithmetic; a parenthesised arithmetic
   * is not itself an operand, so {@code (a + b) - c} stops at the second operator. The parentheses
   * are only checked for redundancy here and left out of the tree.
   */
  private Ast.Node setValue() {
    Ast.Node left = setOperand(true);
    Token op = peek();
    boolean arithmetic = op.is(Token.Type.PLUS) || op.is(Token.Type.MINUS);
    if (arithmetic && !(Ast.unwrap(left) instanceof Ast.Arith)) {
      next();
      return new Ast.Arith(op, Ast.unwrap(left), Ast.unwrap(setOperand(false)));
    }
    return left;
  }

  /**
   * A :value, a path or a function call, possibly in parentheses; inside parentheses an arithmetic
   * is allowed too when {@code arithmetic} is set (the whole right-hand side of a SET action).
   */
  private Ast.Node setOperand(boolean arithmetic) {
    Token t = peek();
    if (t.is(Token.Type.LPAREN)) {
      next();
      enter();
      Ast.Node inner = arithmetic ? setValue() : setOperand(false);
      expect(Token.Type.RPAREN);
      depth--;
      return paren(inner);
    }
    if (t.is(Token.Type.VALUE)) {
      next();
      return new Ast.Value(t);
    }
    if (t.is(Token.Type.IDENT) && peek(1).is(Token.Type.LPAREN)) {
      Token name = next();
      expect(Token.Type.LPAREN);
      enter();
      List<Ast.Node> args = new ArrayList<>();
      args.add(Ast.unwrap(setOperand(false)));
      while (accept(Token.Type.COMMA)) {
        args.add(Ast.unwrap(setOperand(false)));
      }
      expect(Token.Type.RPAREN);
      depth--;
      return new Ast.Call(name, args);
    }
    return path();
  }

  // ---- token stream ----

  private Token peek() {
    return peek(0);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token t = peek();
    if (pos < tokens.size() - 1) {
      pos++;
    }
    return t;
  }

  private boolean accept(Token.Type type) {
    if (peek().is(type)) {
      next();
      return true;
    }
    return false;
  }

  private Token expect(Token.Type type) {
    if (!peek().is(type)) {
      throw syntaxError(pos);
    }
    return next();
  }

  /**
   * DynamoDB's message: the offending token and the text from the token before to the one after.
   */
  private ExpressionError syntaxError(int at) {
    Token token = tokens.get(at);
    int from = at > 0 ? tokens.get(at - 1).start() : token.start();
    int to = at + 1 < tokens.size() ? tokens.get(at + 1).end() : token.end();
    return new ExpressionError(
        "Syntax error; token: \""
            + token.text()
            + "\", near: \""
            + text.substring(from, Math.max(from, to))
            + "\"");
  }
}
