package cruddur.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.item.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemCodecTest {
  private final Random random = new Random(42);

  @Test
  void roundTripsEveryType() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("s", new AttributeValue.S("héllo 😀"));
    item.put("n", AttributeValue.N.parse("-123.456"));
    item.put("b", AttributeValue.B.of(new byte[] {0, 1, (byte) 0xFF}));
    item.put("t", AttributeValue.Bool.TRUE);
    item.put("f", AttributeValue.Bool.FALSE);
    item.put("null", AttributeValue.Null.INSTANCE);
    item.put("m", new AttributeValue.M(Map.of("x", new AttributeValue.S("y"))));
    item.put(
        "l", new AttributeValue.L(List.of(AttributeValue.N.parse("1"), new AttributeValue.S("z"))));
    item.put("ss", new AttributeValue.SS(Set.of("a", "b", "c")));
    item.put("ns", new AttributeValue.NS(Set.of(BigDecimal.ONE, new BigDecimal("2.5"))));
    item.put(
        "bs",
        new AttributeValue.BS(
            Set.of(
                new AttributeValue.Bytes(new byte[] {1}),
                new AttributeValue.Bytes(new byte[] {2, 3}))));
    assertRoundTrip(item);
  }

  @Test
  void roundTripsEdgeCases() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("", new AttributeValue.S(""));
    item.put("emptyB", AttributeValue.B.of(new byte[0]));
    item.put("emptyM", new AttributeValue.M(Map.of()));
    item.put("emptyL", new AttributeValue.L(List.of()));
    item.put("nul", new AttributeValue.S("\u0000a\u0000"));
    assertRoundTrip(item);
    assertRoundTrip(Map.of());
  }

  @Test
  void numbersAreExact() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    String[] numbers = {
      "0",
      "1",
      "-1",
      "1E-130",
      "-1E-130",
      "9.9999999999999999999999999999999999999E+125",
      "-9.9999999999999999999999999999999999999E+125",
      "12345678901234567890123456789012345678",
      "0.12345678901234567890123456789012345678",
      "9223372036854775807",
      "9223372036854775808",
      "-9223372036854775808",
      "4611686018427387904",
      "1E+100",
      "123.456"
    };
    for (int i = 0; i < numbers.length; i++) {
      item.put("n" + i, AttributeValue.N.parse(numbers[i]));
    }
    Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(item));
    assertThat(decoded).isEqualTo(item);
    for (int i = 0; i < numbers.length; i++) {
      assertThat(((AttributeValue.N) decoded.get("n" + i)).value())
          .isEqualByComparingTo(new BigDecimal(numbers[i]));
    }
  }

  @Test
  void keepsAttributeOrder() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (String name : List.of("zeta", "alpha", "mid", "beta")) {
      item.put(name, new AttributeValue.S(name));
    }
    Map<String, AttributeValue> inner = new LinkedHashMap<>();
    inner.put("z", AttributeValue.Null.INSTANCE);
    inner.put("a", AttributeValue.Null.INSTANCE);
    item.put("m", new AttributeValue.M(inner));
    Map<String, AttributeValue> decoded = ItemCodec.decode(ItemCodec.encode(item));
    assertThat(decoded.keySet()).containsExactly("zeta", "alpha", "mid", "beta", "m");
    assertThat(((AttributeValue.M) decoded.get("m")).value().keySet()).containsExactly("z", "a");
  }

  @Test
  void roundTripsDeepNesting() {
    AttributeValue v = new AttributeValue.S("leaf");
    for (int depth = 0; depth < 64; depth++) {
      v =
          depth % 2 == 0
              ? new AttributeValue.L(List.of(v, AttributeValue.Bool.TRUE))
              : new AttributeValue.M(Map.of("k" + depth, v));
    }
    assertRoundTrip(Map.of("deep", v));
  }

  @Test
  void roundTripsRandomItems() {
    for (int i = 0; i < 500; i++) {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      int n = random.nextInt(8);
      for (int j = 0; j < n; j++) {
        item.put("a" + random.nextInt(1000), randomValue(3));
      }
      assertRoundTrip(item);
    }
  }

  @Test
  void isCompact() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", new AttributeValue.S("abc"));
    item.put("n", AttributeValue.N.parse("42"));
    // version 1 + count 1 + (1+2 + 1+1+3) + (1+1 + 1+1+1)
    assertThat(ItemCodec.encode(item)).hasSize(15);
  }

  @Test
  void rejectsCorruptInput() {
    byte[] good = ItemCodec.encode(Map.of("s", new AttributeValue.S("hello")));
    assertThatThrownBy(() -> ItemCodec.decode(new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItemCodec.decode(Arrays.copyOf(good, good.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItemCodec.decode(Arrays.copyOf(good, good.length + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] badVersion = good.clone();
    badVersion[0] = 99;
    assertThatThrownBy(() -> ItemCodec.decode(badVersion))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] badTag = good.clone();
    badTag[4] = 99;
    assertThatThrownBy(() -> ItemCodec.decode(badTag)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRoundTrip(Map<String, AttributeValue> item) {
    byte[] encoded = ItemCodec.encode(item);
    Map<String, AttributeValue> decoded = ItemCodec.decode(encoded);
    assertThat(decoded).isEqualTo(item);
    assertThat(new ArrayList<>(decoded.keySet())).isEqualTo(new ArrayList<>(item.keySet()));
    assertThat(ItemCodec.encode(decoded)).isEqualTo(encoded);
  }

  private AttributeValue randomValue(int depth) {
    int kind = random.nextInt(depth > 0 ? 10 : 8);
    switch (kind) {
      case 0:
        return new AttributeValue.S(randomString());
      case 1:
        return new AttributeValue.N(randomNumber());
      case 2:
        return AttributeValue.B.of(randomBytes());
      case 3:
        return random.nextBoolean() ? AttributeValue.Bool.TRUE : AttributeValue.Bool.FALSE;
      case 4:
        return AttributeValue.Null.INSTANCE;
      case 5:
        {
          Set<String> ss = new LinkedHashSet<>();
          for (int i = random.nextInt(4); i >= 0; i--) {
            ss.add(randomString());
          }
          return new AttributeValue.SS(ss);
        }
      case 6:
        {
          Set<BigDecimal> ns = new LinkedHashSet<>();
          for (int i = random.nextInt(4); i >= 0; i--) {
            ns.add(randomNumber());
          }
          return new AttributeValue.NS(ns);
        }
      case 7:
        {
          Set<AttributeValue.Bytes> bs = new LinkedHashSet<>();
          for (int i = random.nextInt(4); i >= 0; i--) {
            bs.add(new AttributeValue.Bytes(randomBytes()));
          }
          return new AttributeValue.BS(bs);
        }
      case 8:
        {
          Map<String, AttributeValue> m = new LinkedHashMap<>();
          for (int i = random.nextInt(4); i > 0; i--) {
            m.put(randomString(), randomValue(depth - 1));
          }
          return new AttributeValue.M(m);
        }
      default:
        {
          List<AttributeValue> l = new ArrayList<>();
          for (int i = random.nextInt(4); i > 0; i--) {
            l.add(randomValue(depth - 1));
          }
          return new AttributeValue.L(l);
        }
    }
  }

  private BigDecimal randomNumber() {
    int digits = 1 + random.nextInt(38);
    BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
    BigDecimal n = new BigDecimal(unscaled, random.nextInt(200) - 80);
    return random.nextBoolean() ? n : n.negate();
  }

  private String randomString() {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(300); i > 0; i--) {
      sb.appendCodePoint(random.nextBoolean() ? random.nextInt(128) : random.nextInt(0xD800));
    }
    return sb.toString();
  }

  private byte[] randomBytes() {
    byte[] b = new byte[random.nextInt(200)];
    random.nextBytes(b);
    return b;
  }
}
