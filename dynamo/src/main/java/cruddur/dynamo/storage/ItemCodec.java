package cruddur.dynamo.storage;

import cruddur.dynamo.item.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Compact binary form of an item, as stored in RocksDB values.
 *
 * <p>Layout: a version byte, then a varint attribute count and per attribute a name (varint length
 * and UTF-8) and a value. A value is a tag byte then: S and B a varint length and bytes; numbers
 * the zigzag-varint scale and either the zigzag-varint unscaled value ({@code N_SMALL}) or a varint
 * length and its two's-complement bytes ({@code N_BIG}); booleans and null nothing (the tag says
 * it); M, L and sets a varint count and members. Attribute order is kept.
 */
public final class ItemCodec {
  private ItemCodec() {}

  public static byte[] encode(Map<String, AttributeValue> item) {
    ByteSink out = new ByteSink(128);
    out.put(ItemFormat.VERSION_1);
    writeMap(item, out);
    return out.toByteArray();
  }

  /** Decodes an item; the returned map is a fresh, mutable, insertion-ordered map. */
  public static Map<String, AttributeValue> decode(byte[] bytes) {
    return new ItemReader(bytes).readItem();
  }

  private static void writeMap(Map<String, AttributeValue> map, ByteSink out) {
    out.putVarint(map.size());
    for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
      writeString(e.getKey(), out);
      writeValue(e.getValue(), out);
    }
  }

  private static void writeValue(AttributeValue value, ByteSink out) {
    if (value instanceof AttributeValue.S s) {
      out.put(ItemFormat.S);
      writeString(s.value(), out);
    } else if (value instanceof AttributeValue.N n) {
      writeNumber(n.value(), out);
    } else if (value instanceof AttributeValue.B b) {
      out.put(ItemFormat.B);
      writeBytes(b.value(), out);
    } else if (value instanceof AttributeValue.Bool b) {
      out.put(b.value() ? ItemFormat.TRUE : ItemFormat.FALSE);
    } else if (value instanceof AttributeValue.Null) {
      out.put(ItemFormat.NULL);
    } else if (value instanceof AttributeValue.M m) {
      out.put(ItemFormat.M);
      writeMap(m.value(), out);
    } else if (value instanceof AttributeValue.L l) {
      out.put(ItemFormat.L);
      writeList(l.value(), out);
    } else if (value instanceof AttributeValue.SS ss) {
      out.put(ItemFormat.SS).putVarint(ss.value().size());
      ss.value().forEach(s -> writeString(s, out));
    } else if (value instanceof AttributeValue.NS ns) {
      out.put(ItemFormat.NS).putVarint(ns.value().size());
      ns.value().forEach(n -> writeNumber(n, out));
    } else if (value instanceof AttributeValue.BS bs) {
      out.put(ItemFormat.BS).putVarint(bs.value().size());
      bs.value().forEach(b -> writeBytes(b, out));
    } else {
      throw new IllegalArgumentException("Unknown attribute value " + value);
    }
  }

  private static void writeList(List<AttributeValue> list, ByteSink out) {
    out.putVarint(list.size());
    for (AttributeValue v : list) {
      writeValue(v, out);
    }
  }

  /** Writes a number with its tag; NS members use the same form. */
  private static void writeNumber(BigDecimal n, ByteSink out) {
    BigInteger unscaled = n.unscaledValue();
    if (unscaled.bitLength() < 63) {
      out.put(ItemFormat.N_SMALL)
          .putVarint(zigzag(n.scale()))
          .putVarint(zigzag(unscaled.longValue()));
    } else {
      byte[] bytes = unscaled.toByteArray();
      out.put(ItemFormat.N_BIG).putVarint(zigzag(n.scale())).putVarint(bytes.length).put(bytes);
    }
  }

  private static void writeString(String s, ByteSink out) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.putVarint(utf8.length).put(utf8);
  }

  private static void writeBytes(AttributeValue.Bytes b, ByteSink out) {
    byte[] bytes = b.array();
    out.putVarint(bytes.length).put(bytes);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }
}
