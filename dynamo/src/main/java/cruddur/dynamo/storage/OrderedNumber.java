package cruddur.dynamo.storage;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Order-preserving, self-delimiting encoding of a DynamoDB number.
 *
 * <p>A non-zero number is written as {@code 0.d1d2d3... x 10^E} with {@code d1 != 0}. The form is a
 * sign byte (negative, zero, positive), then for non-zero numbers one exponent byte {@code E + 129}
 * (DynamoDB's range 1E-130..9.99E+125 gives E in -129..126, so it fits a byte), then the digits in
 * base-100 pairs, each pair {@code x} written as {@code 2x+1} except the last, written as {@code
 * 2x}. The odd/even marker makes the mantissa self-delimiting and prefix-free, so for positive
 * numbers bytewise order is numeric order. Negative numbers invert every byte after the sign, which
 * reverses that order exactly because the encoding is prefix-free.
 */
final class OrderedNumber {
  static final int NEGATIVE = 0x01;
  static final int ZERO = 0x02;
  static final int POSITIVE = 0x03;
  private static final int EXPONENT_BIAS = 129;

  private OrderedNumber() {}

  static void encode(BigDecimal value, ByteSink out) {
    int signum = value.signum();
    if (signum == 0) {
      out.put(ZERO);
      return;
    }
    // Defensive: callers pass normalised values, but equal numbers must encode identically.
    BigDecimal v = value.stripTrailingZeros();
    String digits = v.unscaledValue().abs().toString();
    int exponent = digits.length() - v.scale();
    int biased = exponent + EXPONENT_BIAS;
    if (biased < 0 || biased > 0xFF) {
      throw new IllegalArgumentException("Number out of DynamoDB's range: " + value);
    }
    int flip = signum < 0 ? 0xFF : 0;
    out.put(signum < 0 ? NEGATIVE : POSITIVE);
    out.put(biased ^ flip);
    int n = digits.length();
    for (int i = 0; i < n; i += 2) {
      int hi = digits.charAt(i) - '0';
      int lo = i + 1 < n ? digits.charAt(i + 1) - '0' : 0;
      int last = i + 2 >= n ? 0 : 1;
      out.put(((hi * 10 + lo) * 2 + last) ^ flip);
    }
  }

  /** Decodes the number starting at {@code reader}'s position, advancing past it. */
  static BigDecimal decode(KeyReader reader) {
    int sign = reader.u8();
    if (sign == ZERO) {
      return BigDecimal.ZERO;
    }
    if (sign != NEGATIVE && sign != POSITIVE) {
      throw new IllegalArgumentException("Bad number sign byte " + sign);
    }
    int flip = sign == NEGATIVE ? 0xFF : 0;
    int exponent = (reader.u8() ^ flip) - EXPONENT_BIAS;
    StringBuilder digits = new StringBuilder(40);
    while (true) {
      int b = reader.u8() ^ flip;
      int pair = b >>> 1;
      digits.append((char) ('0' + pair / 10)).append((char) ('0' + pair % 10));
      if ((b & 1) == 0) {
        break;
      }
    }
    if (digits.charAt(digits.length() - 1) == '0') {
      digits.setLength(digits.length() - 1);
    }
    BigInteger unscaled = new BigInteger(digits.toString());
    BigDecimal result = new BigDecimal(unscaled, digits.length() - exponent);
    return sign == NEGATIVE ? result.negate() : result;
  }
}
