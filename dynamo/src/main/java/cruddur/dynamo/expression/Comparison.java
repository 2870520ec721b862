package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;

/**
 * DynamoDB's ordering of key-type values: numbers numerically, strings by their UTF-8 bytes and
 * binaries by unsigned bytes. The storage layer sorts range keys the same way.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * Compares two values of the same key type (S, N or B).
   *
   * @throws IllegalArgumentException if the values are of different types or not of a key type
   */
  public static int compare(AttributeValue a, AttributeValue b) {
    if (!isOrdered(a, b)) {
      throw new IllegalArgumentException("Cannot order " + a.type() + " and " + b.type());
    }
    if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
      return compareStrings(x.value(), y.value());
    }
    return ((AttributeValue.B) a).value().compareTo(((AttributeValue.B) b).value());
  }

  /** Whether both values exist, share a type and that type is S, N or B. */
  public static boolean isOrdered(AttributeValue a, AttributeValue b) {
    return a != null && b != null && a.type() == b.type() && isKeyType(a.type());
  }

  /** Whether values of the type can be keys (and be ordered): S, N or B. */
  public static boolean isKeyType(AttributeValue.Type type) {
    return type == AttributeValue.Type.S
        || type == AttributeValue.Type.N
        || type == AttributeValue.Type.B;
  }

  /**
   * Compares strings in UTF-8 byte order. UTF-8 byte order equals code point order, which differs
   * from String.compareTo (UTF-16 units) for supplementary characters against U+E000..U+FFFF.
   */
  public static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
