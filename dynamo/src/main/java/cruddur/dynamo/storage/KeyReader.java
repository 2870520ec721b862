package cruddur.dynamo.storage;

import cruddur.dynamo.item.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads back the components of a key written by {@link KeyBuilder}, in order. */
public final class KeyReader {
  private final byte[] key;
  private int pos;

  public KeyReader(byte[] key) {
    this(key, 0);
  }

  public KeyReader(byte[] key, int offset) {
    this.key = key;
    this.pos = offset;
  }

  /** The offset of the next unread byte. */
  public int position() {
    return pos;
  }

  public boolean hasRemaining() {
    return pos < key.length;
  }

  /** The unread bytes, without consuming them. */
  public byte[] remaining() {
    return Arrays.copyOfRange(key, pos, key.length);
  }

  public int u8() {
    if (pos >= key.length) {
      throw new IllegalArgumentException("Key ends early at " + pos);
    }
    return key[pos++] & 0xFF;
  }

  public int u32() {
    return (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
  }

  /** Reads one ordered S, N or B component. */
  public AttributeValue ordered() {
    int tag = u8();
    return switch (tag) {
      case KeyCodec.TAG_S -> new AttributeValue.S(new String(unescape(), StandardCharsets.UTF_8));
      case KeyCodec.TAG_B -> AttributeValue.B.of(unescape());
      case KeyCodec.TAG_N -> new AttributeValue.N(OrderedNumber.decode(this));
      default -> throw new IllegalArgumentException("Bad key type tag " + tag + " at " + (pos - 1));
    };
  }

  /** Skips one ordered component, returning its encoded bytes (tag included). */
  public byte[] orderedBytes() {
    int start = pos;
    ordered();
    return Arrays.copyOfRange(key, start, pos);
  }

  private byte[] unescape() {
    ByteSink out = new ByteSink(key.length - pos);
    while (true) {
      int b = u8();
      if (b != KeyCodec.ESCAPE) {
        out.put(b);
        continue;
      }
      int next = u8();
      if (next == KeyCodec.TERMINATOR) {
        return out.toByteArray();
      }
      if (next != KeyCodec.ESCAPED_ZERO) {
        throw new IllegalArgumentException("Bad escape at " + (pos - 1));
      }
      out.put(0);
    }
  }
}
