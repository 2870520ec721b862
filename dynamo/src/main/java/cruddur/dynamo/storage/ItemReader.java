package cruddur.dynamo.storage;

import cruddur.dynamo.item.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Reads {@link ItemCodec}'s format; one instance per decoded item. */
final class ItemReader {
  private final byte[] in;
  private int pos;

  ItemReader(byte[] in) {
    this.in = in;
  }

  Map<String, AttributeValue> readItem() {
    try {
      int version = u8();
      if (version != ItemFormat.VERSION_1) {
        throw new IllegalArgumentException("Unknown item format version " + version);
      }
      Map<String, AttributeValue> item = readMap();
      if (pos != in.length) {
        throw new IllegalArgumentException("Trailing bytes after item at " + pos);
      }
      return item;
    } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("Truncated or corrupt item", e);
    }
  }

  private Map<String, AttributeValue> readMap() {
    int count = count();
    Map<String, AttributeValue> map = new LinkedHashMap<>(capacity(count));
    for (int i = 0; i < count; i++) {
      String name = readString();
      map.put(name, readValue(u8()));
    }
    return map;
  }

  private AttributeValue readValue(int tag) {
    switch (tag) {
      case ItemFormat.S:
        return new AttributeValue.S(readString());
      case ItemFormat.N_SMALL:
      case ItemFormat.N_BIG:
        return new AttributeValue.N(readNumber(tag));
      case ItemFormat.B:
        return new AttributeValue.B(readBytes());
      case ItemFormat.TRUE:
        return AttributeValue.Bool.TRUE;
      case ItemFormat.FALSE:
        return AttributeValue.Bool.FALSE;
      case ItemFormat.NULL:
        return AttributeValue.Null.INSTANCE;
      case ItemFormat.M:
        return new AttributeValue.M(readMap());
      case ItemFormat.L:
        return new AttributeValue.L(readList());
      case ItemFormat.SS:
        return new AttributeValue.SS(readSet(this::readString));
      case ItemFormat.NS:
        return new AttributeValue.NS(readSet(() -> readNumber(u8())));
      case ItemFormat.BS:
        return new AttributeValue.BS(readSet(this::readBytes));
      default:
        throw new IllegalArgumentException("Bad value tag " + tag + " at " + (pos - 1));
    }
  }

  private List<AttributeValue> readList() {
    int count = count();
    List<AttributeValue> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(readValue(u8()));
    }
    return list;
  }

  private <T> Set<T> readSet(Supplier<T> member) {
    int count = count();
    Set<T> set = new LinkedHashSet<>(capacity(count));
    for (int i = 0; i < count; i++) {
      set.add(member.get());
    }
    return set;
  }

  private BigDecimal readNumber(int tag) {
    int scale = (int) unzigzag(varint());
    if (tag == ItemFormat.N_SMALL) {
      return BigDecimal.valueOf(unzigzag(varint()), scale);
    }
    if (tag != ItemFormat.N_BIG) {
      throw new IllegalArgumentException("Bad number tag " + tag + " at " + (pos - 1));
    }
    int length = count();
    BigInteger unscaled = new BigInteger(in, pos, length);
    pos += length;
    return new BigDecimal(unscaled, scale);
  }

  private String readString() {
    int length = count();
    String s = new String(in, pos, length, StandardCharsets.UTF_8);
    pos += length;
    return s;
  }

  private AttributeValue.Bytes readBytes() {
    int length = count();
    AttributeValue.Bytes b = new AttributeValue.Bytes(Arrays.copyOfRange(in, pos, pos + length));
    pos += length;
    return b;
  }

  private int count() {
    long n = varint();
    if (n > in.length - pos) {
      // Every byte or element takes at least one byte, so a larger count is corruption.
      throw new IllegalArgumentException("Bad length " + n + " at " + pos);
    }
    return (int) n;
  }

  private long varint() {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = u8();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("Varint too long at " + pos);
  }

  private int u8() {
    return in[pos++] & 0xFF;
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private static int capacity(int count) {
    return (int) Math.min((count * 4L) / 3 + 1, Integer.MAX_VALUE);
  }
}
