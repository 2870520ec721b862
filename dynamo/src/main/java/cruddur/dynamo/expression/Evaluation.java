package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.math.BigDecimal;

/** The value-level semantics shared by expressions and the legacy comparison operators. */
final class Evaluation {
  private Evaluation() {}

  /** Equality of two present values; values of different types are never equal. */
  static boolean equal(AttributeValue a, AttributeValue b) {
    return a != null && b != null && a.equals(b);
  }

  /** begins_with: S with an S prefix, or B with a B prefix. */
  static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
    if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
      return s.value().startsWith(p.value());
    }
    if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
      return indexOf(b.value().array(), p.value().array()) == 0;
    }
    return false;
  }

  /**
   * contains: a substring of an S or B, a member of a set of the operand's type, or an element of a
   * list.
   */
  static boolean contains(AttributeValue value, AttributeValue operand) {
    if (value == null || operand == null) {
      return false;
    }
    switch (value.type()) {
      case S:
        return operand instanceof AttributeValue.S o
            && ((AttributeValue.S) value).value().contains(o.value());
      case B:
        return operand instanceof AttributeValue.B o
            && indexOf(((AttributeValue.B) value).value().array(), o.value().array()) >= 0;
      case SS:
        return operand instanceof AttributeValue.S o
            && ((AttributeValue.SS) value).value().contains(o.value());
      case NS:
        return operand instanceof AttributeValue.N o
            && ((AttributeValue.NS) value).value().contains(o.value());
      case BS:
        return operand instanceof AttributeValue.B o
            && ((AttributeValue.BS) value).value().contains(o.value());
      case L:
        return ((AttributeValue.L) value).value().contains(operand);
      default:
        return false;
    }
  }

  /** size(): length of S or B, members of a set, list or map; null for other types. */
  static AttributeValue size(AttributeValue value) {
    if (value == null) {
      return null;
    }
    int size;
    switch (value.type()) {
      case S:
        size = ((AttributeValue.S) value).value().length();
        break;
      case B:
        size = ((AttributeValue.B) value).value().length();
        break;
      case SS:
        size = ((AttributeValue.SS) value).value().size();
        break;
      case NS:
        size = ((AttributeValue.NS) value).value().size();
        break;
      case BS:
        size = ((AttributeValue.BS) value).value().size();
        break;
      case L:
        size = ((AttributeValue.L) value).value().size();
        break;
      case M:
        size = ((AttributeValue.M) value).value().size();
        break;
      default:
        return null;
    }
    return new AttributeValue.N(BigDecimal.valueOf(size));
  }

  /** Ordered comparison with DynamoDB's rules; false unless both are the same key type. */
  static boolean compare(String op, AttributeValue a, AttributeValue b) {
    switch (op) {
      case "=":
        return equal(a, b);
      case "<>":
        return !equal(a, b);
      default:
        break;
    }
    if (!Comparison.isOrdered(a, b)) {
      return false;
    }
    int c = Comparison.compare(a, b);
    switch (op) {
      case "<":
        return c < 0;
      case "<=":
        return c <= 0;
      case ">":
        return c > 0;
      case ">=":
        return c >= 0;
      default:
        throw new IllegalArgumentException(op);
    }
  }

  /** low <= value <= high, all of one key type. */
  static boolean between(AttributeValue value, AttributeValue low, AttributeValue high) {
    return Comparison.isOrdered(value, low)
        && Comparison.isOrdered(value, high)
        && Comparison.compare(low, value) <= 0
        && Comparison.compare(value, high) <= 0;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
