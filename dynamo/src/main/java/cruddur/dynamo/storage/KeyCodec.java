package cruddur.dynamo.storage;

import java.util.Arrays;

/**
 * Helpers for order-preserving RocksDB keys built with {@link KeyBuilder} and read with {@link
 * KeyReader}.
 *
 * <p>Each key component starts with a type tag ({@link #TAG_N}, {@link #TAG_S}, {@link #TAG_B}) so
 * values of different types never collide. Strings (as UTF-8) and binaries are written with each
 * 0x00 escaped as 0x00 0xFF and a 0x00 0x01 terminator; numbers use {@link OrderedNumber}'s form.
 * Every encoding is self-delimiting, so a concatenation of components compares component by
 * component under unsigned bytewise order, and within one type that order is DynamoDB's.
 */
public final class KeyCodec {
  /** Tag of a number component. */
  public static final int TAG_N = 'N';

  /** Tag of a string component. */
  public static final int TAG_S = 'S';

  /** Tag of a binary component. */
  public static final int TAG_B = 'B';

  static final int ESCAPE = 0x00;
  static final int ESCAPED_ZERO = 0xFF;
  static final int TERMINATOR = 0x01;

  private KeyCodec() {}

  /**
   * The smallest key greater than every key that starts with {@code prefix}, or {@code null} when
   * there is none (the prefix is empty or all 0xFF), meaning "unbounded" to {@link Store#scan}.
   */
  public static byte[] prefixEnd(byte[] prefix) {
    int i = prefix.length - 1;
    while (i >= 0 && prefix[i] == (byte) 0xFF) {
      i--;
    }
    if (i < 0) {
      return null;
    }
    byte[] end = Arrays.copyOf(prefix, i + 1);
    end[i]++;
    return end;
  }

  /** The smallest key strictly greater than {@code key}: turns an exclusive start inclusive. */
  public static byte[] successor(byte[] key) {
    return Arrays.copyOf(key, key.length + 1);
  }

  /** Whether {@code key} starts with {@code prefix}. */
  public static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Unsigned lexicographic comparison, the order RocksDB keeps keys in. */
  public static int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  /** Concatenates byte arrays, e.g. a hash-key prefix and a range-key encoding. */
  public static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }
}
