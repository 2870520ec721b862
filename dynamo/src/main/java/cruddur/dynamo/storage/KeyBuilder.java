package cruddur.dynamo.storage;

import cruddur.dynamo.item.AttributeValue;
import java.nio.charset.StandardCharsets;

/** Builds a RocksDB key from fixed-width ids and ordered key values; see {@link KeyCodec}. */
public final class KeyBuilder {
  private final ByteSink out = new ByteSink(32);

  /** Appends a 4-byte big-endian unsigned integer, e.g. a table id. */
  public KeyBuilder u32(int value) {
    out.putU32(value);
    return this;
  }

  /** Appends one byte, e.g. an index id. */
  public KeyBuilder u8(int value) {
    if (value < 0 || value > 0xFF) {
      throw new IllegalArgumentException("Not a byte: " + value);
    }
    out.put(value);
    return this;
  }

  /** Appends raw bytes, e.g. an already encoded prefix. */
  public KeyBuilder raw(byte[] bytes) {
    out.put(bytes);
    return this;
  }

  /** Appends the order-preserving, self-delimiting encoding of an S, N or B value. */
  public KeyBuilder ordered(AttributeValue value) {
    if (value instanceof AttributeValue.S s) {
      escaped(KeyCodec.TAG_S, utf8(s.value()), true);
    } else if (value instanceof AttributeValue.B b) {
      escaped(KeyCodec.TAG_B, b.value().array(), true);
    } else if (value instanceof AttributeValue.N n) {
      out.put(KeyCodec.TAG_N);
      OrderedNumber.encode(n.value(), out);
    } else {
      throw new IllegalArgumentException("Not a key type (S, N or B): " + value.type());
    }
    return this;
  }

  /**
   * Appends an S or B value's encoding without its terminator: the encoding of every value that
   * begins with {@code prefix} starts with these bytes, so {@code begins_with} becomes the key
   * range from these bytes to {@link KeyCodec#prefixEnd}.
   */
  public KeyBuilder orderedPrefix(AttributeValue prefix) {
    if (prefix instanceof AttributeValue.S s) {
      escaped(KeyCodec.TAG_S, utf8(s.value()), false);
    } else if (prefix instanceof AttributeValue.B b) {
      escaped(KeyCodec.TAG_B, b.value().array(), false);
    } else {
      throw new IllegalArgumentException("Not a string or binary: " + prefix.type());
    }
    return this;
  }

  /** The key built so far; the builder may keep appending. */
  public byte[] build() {
    return out.toByteArray();
  }

  /** Shorthand for the encoding of one key value. */
  public static byte[] encode(AttributeValue value) {
    return new KeyBuilder().ordered(value).build();
  }

  private void escaped(int tag, byte[] bytes, boolean terminate) {
    out.put(tag);
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        out.put(bytes, start, i - start).put(KeyCodec.ESCAPE).put(KeyCodec.ESCAPED_ZERO);
        start = i + 1;
      }
    }
    out.put(bytes, start, bytes.length - start);
    if (terminate) {
      out.put(KeyCodec.ESCAPE).put(KeyCodec.TERMINATOR);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
