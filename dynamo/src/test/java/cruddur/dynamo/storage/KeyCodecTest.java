package cruddur.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.DynamoNumber;
import cruddur.dynamo.protocol.DynamoException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyCodecTest {
  private final Random random = new Random(20240607L);

  @Test
  void stringOrderMatchesUtf8ByteOrder() {
    List<AttributeValue> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String s = randomString();
      values.add(new AttributeValue.S(s));
      // Near neighbours exercise the terminator and escaping: extensions and NUL variants.
      values.add(new AttributeValue.S(s + "\u0000"));
      values.add(new AttributeValue.S(s + randomString()));
    }
    values.add(new AttributeValue.S(""));
    values.add(new AttributeValue.S("\u0000"));
    values.add(new AttributeValue.S("\u0000\u0000"));
    values.add(new AttributeValue.S("\u0001"));
    values.add(new AttributeValue.S("\uFFFF"));
    values.add(new AttributeValue.S("\uD83D\uDE00"));
    assertOrderAndRoundTrip(values);
  }

  @Test
  void binaryOrderMatchesUnsignedByteOrder() {
    List<AttributeValue> values = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] b = randomBytes();
      values.add(AttributeValue.B.of(b));
      values.add(AttributeValue.B.of(Arrays.copyOf(b, b.length + 1)));
      byte[] ff = Arrays.copyOf(b, b.length + 1);
      ff[b.length] = (byte) 0xFF;
      values.add(AttributeValue.B.of(ff));
    }
    values.add(AttributeValue.B.of(new byte[0]));
    values.add(AttributeValue.B.of(new byte[] {0}));
    values.add(AttributeValue.B.of(new byte[] {0, 0}));
    values.add(AttributeValue.B.of(new byte[] {(byte) 0xFF}));
    values.add(AttributeValue.B.of(new byte[] {0, (byte) 0xFF}));
    values.add(AttributeValue.B.of(new byte[] {0, 1}));
    assertOrderAndRoundTrip(values);
  }

  @Test
  void numberOrderMatchesNumericOrder() {
    List<AttributeValue> values = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      BigDecimal n = randomNumber();
      values.add(new AttributeValue.N(n));
      // Neighbours that differ only in the last digit or by one more digit.
      addIfValid(values, n.add(n.ulp()));
      addIfValid(values, n.add(n.ulp().movePointLeft(1)));
    }
    for (String s :
        List.of(
            "0",
            "1",
            "-1",
            "10",
            "9",
            "11",
            "0.1",
            "0.01",
            "0.11",
            "0.101",
            "-0.1",
            "-0.11",
            "-0.101",
            "1E-130",
            "-1E-130",
            "1.1E-130",
            "9.9999999999999999999999999999999999999E+125",
            "-9.9999999999999999999999999999999999999E+125",
            "1E+125",
            "12345678901234567890123456789012345678")) {
      values.add(AttributeValue.N.parse(s));
    }
    assertOrderAndRoundTrip(values);
  }

  @Test
  void equalNumbersEncodeIdentically() {
    byte[] one = KeyBuilder.encode(AttributeValue.N.parse("1"));
    assertThat(KeyBuilder.encode(AttributeValue.N.parse("1.0"))).isEqualTo(one);
    assertThat(KeyBuilder.encode(AttributeValue.N.parse("10E-1"))).isEqualTo(one);
    assertThat(KeyBuilder.encode(new AttributeValue.N(new BigDecimal("0.100E1")))).isEqualTo(one);
    assertThat(KeyBuilder.encode(AttributeValue.N.parse("-0.0")))
        .isEqualTo(KeyBuilder.encode(AttributeValue.N.parse("0")));
  }

  @Test
  void encodingsAreCompact() {
    assertThat(KeyBuilder.encode(AttributeValue.N.parse("0"))).hasSize(2);
    assertThat(KeyBuilder.encode(AttributeValue.N.parse("7"))).hasSize(4);
    assertThat(KeyBuilder.encode(AttributeValue.N.parse("12345678901234567890123456789012345678")))
        .hasSize(22);
    assertThat(KeyBuilder.encode(new AttributeValue.S("abc"))).hasSize(6);
  }

  @Test
  void typesNeverCollide() {
    byte[] s = KeyBuilder.encode(new AttributeValue.S("1"));
    byte[] n = KeyBuilder.encode(AttributeValue.N.parse("1"));
    byte[] b = KeyBuilder.encode(AttributeValue.B.of("1".getBytes(StandardCharsets.UTF_8)));
    assertThat(s[0]).isNotEqualTo(n[0]).isNotEqualTo(b[0]);
    assertThat(n[0]).isNotEqualTo(b[0]);
  }

  @Test
  void compositeKeysCompareComponentByComponent() {
    List<Object[]> tuples = new ArrayList<>();
    List<byte[]> keys = new ArrayList<>();
    String[] hashes = {"", "a", "a\u0000", "a\u0000b", "ab", "b", "\u0000"};
    for (int i = 0; i < 400; i++) {
      int table = random.nextInt(3);
      String hash = hashes[random.nextInt(hashes.length)];
      BigDecimal range = random.nextBoolean() ? randomNumber() : BigDecimal.valueOf(i % 5);
      byte[] tail = random.nextBoolean() ? new byte[0] : new byte[] {0};
      tuples.add(new Object[] {table, hash, range, tail});
      keys.add(
          new KeyBuilder()
              .u32(table)
              .u8(1)
              .ordered(new AttributeValue.S(hash))
              .ordered(new AttributeValue.N(range))
              .ordered(AttributeValue.B.of(tail))
              .build());
    }
    for (int i = 0; i < tuples.size(); i++) {
      for (int j = 0; j < tuples.size(); j++) {
        int expected = compareTuples(tuples.get(i), tuples.get(j));
        int actual = KeyCodec.compare(keys.get(i), keys.get(j));
        assertThat(Integer.signum(actual))
            .as("%s vs %s", Arrays.toString(tuples.get(i)), Arrays.toString(tuples.get(j)))
            .isEqualTo(Integer.signum(expected));
      }
    }
    // And the components read back in order.
    KeyReader reader = new KeyReader(keys.get(0));
    assertThat(reader.u32()).isEqualTo(tuples.get(0)[0]);
    assertThat(reader.u8()).isEqualTo(1);
    assertThat(reader.ordered()).isEqualTo(new AttributeValue.S((String) tuples.get(0)[1]));
    assertThat(reader.ordered()).isEqualTo(new AttributeValue.N((BigDecimal) tuples.get(0)[2]));
    assertThat(reader.ordered()).isEqualTo(AttributeValue.B.of((byte[]) tuples.get(0)[3]));
    assertThat(reader.hasRemaining()).isFalse();
  }

  @Test
  void orderedPrefixSelectsExactlyTheStringsThatBeginWithIt() {
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      strings.add(randomString());
    }
    strings.addAll(List.of("", "a", "a\u0000", "a\u0000b", "ab", "a\u00FF", "a\uFFFF", "b"));
    List<String> prefixes = new ArrayList<>(List.of("", "a", "a\u0000", "\u0000", "ab"));
    for (int i = 0; i < 50; i++) {
      String s = strings.get(random.nextInt(strings.size()));
      prefixes.add(
          s.substring(
              0, s.offsetByCodePoints(0, random.nextInt(s.codePointCount(0, s.length()) + 1))));
    }
    for (String p : prefixes) {
      byte[] from = new KeyBuilder().u32(7).orderedPrefix(new AttributeValue.S(p)).build();
      byte[] to = KeyCodec.prefixEnd(from);
      for (String s : strings) {
        byte[] key = new KeyBuilder().u32(7).ordered(new AttributeValue.S(s)).u8(9).build();
        boolean inRange = KeyCodec.compare(key, from) >= 0 && KeyCodec.compare(key, to) < 0;
        assertThat(inRange).as("'%s' begins with '%s'", s, p).isEqualTo(s.startsWith(p));
        assertThat(KeyCodec.startsWith(key, from)).isEqualTo(s.startsWith(p));
      }
    }
  }

  @Test
  void binaryPrefixEndingInFfAndZero() {
    for (byte[] p :
        List.of(new byte[] {1, (byte) 0xFF}, new byte[] {0}, new byte[] {(byte) 0xFF})) {
      byte[] from = new KeyBuilder().orderedPrefix(AttributeValue.B.of(p)).build();
      byte[] to = KeyCodec.prefixEnd(from);
      for (int i = 0; i < 300; i++) {
        byte[] b = random.nextBoolean() ? randomBytes() : KeyCodec.concat(p, randomBytes());
        byte[] key = KeyBuilder.encode(AttributeValue.B.of(b));
        boolean inRange = KeyCodec.compare(key, from) >= 0 && KeyCodec.compare(key, to) < 0;
        assertThat(inRange).isEqualTo(KeyCodec.startsWith(b, p));
      }
    }
  }

  @Test
  void prefixEndCarriesOverFf() {
    assertThat(KeyCodec.prefixEnd(new byte[] {1, 2})).containsExactly(1, 3);
    assertThat(KeyCodec.prefixEnd(new byte[] {1, (byte) 0xFF})).containsExactly(2);
    assertThat(KeyCodec.prefixEnd(new byte[] {1, (byte) 0xFE, (byte) 0xFF}))
        .containsExactly(1, 0xFF);
    assertThat(KeyCodec.prefixEnd(new byte[] {(byte) 0xFF, (byte) 0xFF})).isNull();
    assertThat(KeyCodec.prefixEnd(new byte[0])).isNull();
  }

  @Test
  void successorIsTheNextKey() {
    byte[] k = {1, 2};
    assertThat(KeyCodec.successor(k)).containsExactly(1, 2, 0);
    assertThat(KeyCodec.compare(KeyCodec.successor(k), k)).isPositive();
  }

  @Test
  void rejectsNonKeyTypesAndOutOfRangeNumbers() {
    assertThatThrownBy(() -> KeyBuilder.encode(AttributeValue.Bool.TRUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyBuilder().orderedPrefix(AttributeValue.N.parse("1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyBuilder.encode(new AttributeValue.N(new BigDecimal("1E+200"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KeyReader(new byte[] {'S', 'a'}).ordered())
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void addIfValid(List<AttributeValue> values, BigDecimal n) {
    try {
      values.add(new AttributeValue.N(DynamoNumber.check(n)));
    } catch (DynamoException e) {
      // Outside DynamoDB's precision or range: not a storable key.
    }
  }

  private void assertOrderAndRoundTrip(List<AttributeValue> values) {
    List<byte[]> encoded = new ArrayList<>();
    for (AttributeValue v : values) {
      byte[] e = KeyBuilder.encode(v);
      encoded.add(e);
      KeyReader reader = new KeyReader(e);
      assertThat(reader.ordered()).isEqualTo(v);
      assertThat(reader.hasRemaining()).isFalse();
    }
    for (int i = 0; i < values.size(); i++) {
      for (int j = 0; j < values.size(); j++) {
        int expected = dynamoCompare(values.get(i), values.get(j));
        int actual = KeyCodec.compare(encoded.get(i), encoded.get(j));
        if (Integer.signum(actual) != Integer.signum(expected)) {
          throw new AssertionError(
              values.get(i)
                  + " vs "
                  + values.get(j)
                  + ": expected "
                  + expected
                  + ", was "
                  + actual);
        }
      }
    }
  }

  private static int dynamoCompare(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
      return Arrays.compareUnsigned(
          x.value().getBytes(StandardCharsets.UTF_8), y.value().getBytes(StandardCharsets.UTF_8));
    }
    if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
      return x.value().compareTo(y.value());
    }
    throw new IllegalArgumentException();
  }

  private static int compareTuples(Object[] a, Object[] b) {
    int c = Integer.compare((Integer) a[0], (Integer) b[0]);
    if (c == 0) {
      c =
          Arrays.compareUnsigned(
              ((String) a[1]).getBytes(StandardCharsets.UTF_8),
              ((String) b[1]).getBytes(StandardCharsets.UTF_8));
    }
    if (c == 0) {
      c = ((BigDecimal) a[2]).compareTo((BigDecimal) b[2]);
    }
    if (c == 0) {
      c = Arrays.compareUnsigned((byte[]) a[3], (byte[]) b[3]);
    }
    return c;
  }

  /** A random decimal of 1..38 digits anywhere in DynamoDB's range, either sign, or zero. */
  private BigDecimal randomNumber() {
    if (random.nextInt(20) == 0) {
      return BigDecimal.ZERO;
    }
    int digits = 1 + random.nextInt(random.nextBoolean() ? 5 : 38);
    BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
    if (unscaled.signum() == 0) {
      unscaled = BigInteger.ONE;
    }
    // Keep the value's exponent inside [-130, 125]: value = unscaled * 10^-scale.
    int precision = unscaled.toString().length();
    int minScale = precision - 126;
    int maxScale = 130;
    int scale =
        random.nextBoolean()
            ? random.nextInt(11) - 5
            : minScale + random.nextInt(maxScale - minScale + 1);
    BigDecimal n = new BigDecimal(unscaled, scale).stripTrailingZeros();
    return random.nextBoolean() ? n.negate() : n;
  }

  private String randomString() {
    int length = random.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(6);
      int cp =
          switch (kind) {
            case 0 -> random.nextInt(3); // NUL and friends
            case 1 -> 'a' + random.nextInt(3);
            case 2 -> 0x80 + random.nextInt(0x780);
            case 3 -> 0xE000 + random.nextInt(0x2000); // above the surrogates in UTF-16
            case 4 -> 0x10000 + random.nextInt(0x100000 - 0x10000); // non-BMP
            default -> random.nextInt(0xD800);
          };
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private byte[] randomBytes() {
    byte[] b = new byte[random.nextInt(6)];
    for (int i = 0; i < b.length; i++) {
      int r = random.nextInt(4);
      b[i] = r == 0 ? 0 : r == 1 ? (byte) 0xFF : (byte) random.nextInt(256);
    }
    return b;
  }
}
