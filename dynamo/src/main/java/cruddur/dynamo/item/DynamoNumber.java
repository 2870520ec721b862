package cruddur.dynamo.item;

import cruddur.dynamo.protocol.DynamoException;
import java.math.BigDecimal;

/** DynamoDB's number rules: exact decimals of up to 38 significant digits in a bounded range. */
public final class DynamoNumber {
  private static final BigDecimal MAX =
      new BigDecimal("9.9999999999999999999999999999999999999E+125");
  private static final BigDecimal MIN = new BigDecimal("1E-130");

  private DynamoNumber() {}

  /** Parses a client's number, with DynamoDB's errors for bad text, precision or range. */
  public static BigDecimal parse(String text) {
    if (text.isEmpty()) {
      throw DynamoException.validation("The parameter cannot be converted to a numeric value");
    }
    BigDecimal value;
    try {
      if (Character.isWhitespace(text.charAt(0))) {
        throw new NumberFormatException();
      }
      value = new BigDecimal(text);
    } catch (NumberFormatException | ArithmeticException e) {
      throw DynamoException.validation(
          "The parameter cannot be converted to a numeric value: " + text);
    }
    return check(value);
  }

  /** Checks a computed number against DynamoDB's precision and range. */
  public static BigDecimal check(BigDecimal value) {
    BigDecimal v = normalize(value);
    if (v.signum() == 0) {
      return v;
    }
    if (v.precision() > 38) {
      throw DynamoException.validation(
          "Attempting to store more than 38 significant digits in a Number");
    }
    BigDecimal abs = v.abs();
    if (abs.compareTo(MAX) > 0) {
      throw DynamoException.validation(
          "Number overflow. Attempting to store a number with magnitude larger than supported"
              + " range");
    }
    if (abs.compareTo(MIN) < 0) {
      throw DynamoException.validation(
          "Number underflow. Attempting to store a number with magnitude smaller than supported"
              + " range");
    }
    return v;
  }

  /** Strips trailing zeros so equal numbers have one representation. */
  public static BigDecimal normalize(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return value.stripTrailingZeros();
  }

  /** The wire form DynamoDB returns: plain notation, no trailing zeros. */
  public static String format(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    return value.toPlainString();
  }
}
