package cruddur.dynamo.item;

import java.math.BigDecimal;
import java.util.Map;

/**
 * DynamoDB's item size accounting, used for the 400 KB item limit and for capacity units.
 *
 * <p>Names and strings count their UTF-8 bytes, binaries their raw bytes, booleans and nulls one
 * byte, sets the sum of their members, lists and maps 3 bytes plus 1 byte per element plus the
 * elements (and, for maps, the element names). A number counts one byte per base-100 digit pair as
 * it is aligned on the decimal point, plus one, plus one more if negative; this matches what
 * DynamoDB reports in practice rather than the guide's "about one byte per two digits".
 */
public final class ItemSize {
  private ItemSize() {}

  /** The size of an item: each attribute's name plus its value. */
  public static long of(Map<String, AttributeValue> item) {
    long size = 0;
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      size += utf8Length(e.getKey()) + of(e.getValue());
    }
    return size;
  }

  /** The size of one value, without an attribute name. */
  public static long of(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      return utf8Length(s.value());
    } else if (value instanceof AttributeValue.N n) {
      return normalizedNumberSize(n.value());
    } else if (value instanceof AttributeValue.B b) {
      return b.value().length();
    } else if (value instanceof AttributeValue.Bool || value instanceof AttributeValue.Null) {
      return 1;
    } else if (value instanceof AttributeValue.M m) {
      return 3 + m.value().size() + of(m.value());
    } else if (value instanceof AttributeValue.L l) {
      long size = 3;
      for (AttributeValue element : l.value()) {
        size += 1 + of(element);
      }
      return size;
    } else if (value instanceof AttributeValue.SS ss) {
      long size = 0;
      for (String s : ss.value()) {
        size += utf8Length(s);
      }
      return size;
    } else if (value instanceof AttributeValue.NS ns) {
      long size = 0;
      for (BigDecimal n : ns.value()) {
        size += normalizedNumberSize(n);
      }
      return size;
    } else if (value instanceof AttributeValue.BS bs) {
      long size = 0;
      for (AttributeValue.Bytes b : bs.value()) {
        size += b.length();
      }
      return size;
    }
    throw new IllegalArgumentException("Unknown attribute value " + value);
  }

  /** Bytes for a number: one per base-100 digit, one header byte, one more if negative. */
  static long numberSize(BigDecimal value) {
    if (value.signum() == 0) {
      return 1;
    }
    return normalizedNumberSize(value.stripTrailingZeros());
  }

  /**
   * {@link #numberSize} of a number without trailing zeros: N and NS values are normalised when
   * they are made, and stripping them again was a twentieth of a PutItem's CPU.
   */
  private static long normalizedNumberSize(BigDecimal v) {
    if (v.signum() == 0) {
      return 1;
    }
    int digits = v.precision();
    // Exponent of the leading digit: 123.4 -> 2, 0.05 -> -2.
    long exponent = (long) digits - v.scale() - 1;
    // Digits pair up from the decimal point, so an even exponent leaves the leading digit alone
    // in its pair and, with an even digit count, the digits span one extra pair.
    long pairs = (digits + 1) / 2 + (digits % 2 == 0 && exponent % 2 == 0 ? 1 : 0);
    return 1 + pairs + (v.signum() < 0 ? 1 : 0);
  }

  /** UTF-8 length without allocating; an unpaired surrogate counts as Java encodes it ('?'). */
  static long utf8Length(String s) {
    long length = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 1;
      } else {
        length += 3;
      }
    }
    return length;
  }
}
