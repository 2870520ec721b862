package cruddur.dynamo.streams;

/**
 * Sequence numbers on the wire: decimal strings, zero-padded to 21 digits so that they also sort as
 * strings (DynamoDB's are 21 to 40 digits).
 */
final class SequenceNumbers {
  private SequenceNumbers() {}

  static String format(long sequence) {
    return String.format("%021d", sequence);
  }

  /** The number, or -1 when the text is not a sequence number this engine could have made. */
  static long parse(String text) {
    if (text == null || text.isEmpty() || text.length() > 40) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return -1;
      }
    }
    String digits = text.replaceFirst("^0+(?=.)", "");
    if (digits.length() > 18) {
      return -1;
    }
    return Long.parseLong(digits);
  }
}
