package cruddur.dynamo.expression;

/** One lexical token of an expression, with its place in the text for syntax-error messages. */
record Token(Type type, String text, int start, int end) {

  /** Token kinds. Keywords are recognised case-insensitively. */
  enum Type {
    IDENT,
    NAME,
    VALUE,
    INT,
    AND,
    OR,
    NOT,
    BETWEEN,
    IN,
    SET,
    REMOVE,
    ADD,
    DELETE,
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE,
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    COMMA,
    DOT,
    PLUS,
    MINUS,
    BAD,
    EOF
  }

  boolean is(Type t) {
    return type == t;
  }

  boolean isComparator() {
    return type == Type.EQ
        || type == Type.NE
        || type == Type.LT
        || type == Type.LE
        || type == Type.GT
        || type == Type.GE;
  }
}
