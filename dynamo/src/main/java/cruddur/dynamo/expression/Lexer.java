package cruddur.dynamo.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits an expression into tokens; unknown characters become BAD tokens for the parser. */
final class Lexer {
  private Lexer() {}

  static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      int start = i;
      Token.Type type;
      if (isLetter(c) || c == '_') {
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        type = keyword(s.substring(start, i));
      } else if (c == '#' || c == ':') {
        i++;
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        type = i == start + 1 ? Token.Type.BAD : c == '#' ? Token.Type.NAME : Token.Type.VALUE;
      } else if (c >= '0' && c <= '9') {
        i++;
        // A list index has no leading zeros: "01" is the token "0" followed by "1".
        if (c != '0') {
          while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
          }
        }
        type = Token.Type.INT;
      } else if (s.startsWith("<>", i)) {
        i += 2;
        type = Token.Type.NE;
      } else if (s.startsWith("<=", i)) {
        i += 2;
        type = Token.Type.LE;
      } else if (s.startsWith(">=", i)) {
        i += 2;
        type = Token.Type.GE;
      } else {
        i += Character.charCount(s.codePointAt(i));
        type = symbol(c);
      }
      tokens.add(new Token(type, s.substring(start, i), start, i));
    }
    tokens.add(new Token(Token.Type.EOF, "<EOF>", s.length(), s.length()));
    return tokens;
  }

  private static Token.Type keyword(String word) {
    switch (word.toUpperCase(Locale.ROOT)) {
      case "AND":
        return Token.Type.AND;
      case "OR":
        return Token.Type.OR;
      case "NOT":
        return Token.Type.NOT;
      case "BETWEEN":
        return Token.Type.BETWEEN;
      case "IN":
        return Token.Type.IN;
      case "SET":
        return Token.Type.SET;
      case "REMOVE":
        return Token.Type.REMOVE;
      case "ADD":
        return Token.Type.ADD;
      case "DELETE":
        return Token.Type.DELETE;
      default:
        return Token.Type.IDENT;
    }
  }

  private static Token.Type symbol(char c) {
    switch (c) {
      case '=':
        return Token.Type.EQ;
      case '<':
        return Token.Type.LT;
      case '>':
        return Token.Type.GT;
      case '(':
        return Token.Type.LPAREN;
      case ')':
        return Token.Type.RPAREN;
      case '[':
        return Token.Type.LBRACKET;
      case ']':
        return Token.Type.RBRACKET;
      case ',':
        return Token.Type.COMMA;
      case '.':
        return Token.Type.DOT;
      case '+':
        return Token.Type.PLUS;
      case '-':
        return Token.Type.MINUS;
      default:
        return Token.Type.BAD;
    }
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isWordChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }
}
