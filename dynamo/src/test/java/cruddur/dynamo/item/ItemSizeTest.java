package cruddur.dynamo.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemSizeTest {

  // Expected values computed with dynalite's itemSize, which matches DynamoDB's limit checks.
  @ParameterizedTest
  @CsvSource({
    "0, 1",
    "1, 2",
    "-1, 3",
    "12, 2",
    "123, 3",
    "1234, 3",
    "12.34, 3",
    "1.234, 4",
    "0.1, 2",
    "0.01, 2",
    "0.12, 2",
    "0.012, 3",
    "100, 2",
    "1000, 2",
    "1000.0, 2",
    "-1234.5, 5",
    "1E-130, 2",
    "9.9999999999999999999999999999999999999E+125, 20",
    "-9.9999999999999999999999999999999999999E+125, 21",
    "12345678901234567890123456789012345678, 20",
    "0.000123, 3",
    "555, 3",
    "-0.5, 3",
    "10.01, 3"
  })
  void numberSizes(String number, long expected) {
    assertThat(ItemSize.of(AttributeValue.N.parse(number))).isEqualTo(expected);
  }

  @Test
  void scalarsCountUtf8AndRawBytes() {
    assertThat(ItemSize.of(new AttributeValue.S(""))).isZero();
    assertThat(ItemSize.of(new AttributeValue.S("abc"))).isEqualTo(3);
    assertThat(ItemSize.of(new AttributeValue.S("é"))).isEqualTo(2);
    assertThat(ItemSize.of(new AttributeValue.S("€"))).isEqualTo(3);
    assertThat(ItemSize.of(new AttributeValue.S("😀"))).isEqualTo(4);
    assertThat(ItemSize.of(AttributeValue.B.of(new byte[] {0, 1, 2}))).isEqualTo(3);
    assertThat(ItemSize.of(AttributeValue.Bool.TRUE)).isEqualTo(1);
    assertThat(ItemSize.of(AttributeValue.Null.INSTANCE)).isEqualTo(1);
  }

  @Test
  void utf8LengthMatchesTheJdkEncoder() {
    for (String s : List.of("", "a\u0000b", "ßü", "日本語", "a😀b", "\uD800x", "x\uDC00")) {
      assertThat(ItemSize.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void containersAddOverhead() {
    assertThat(ItemSize.of(new AttributeValue.L(List.of()))).isEqualTo(3);
    assertThat(ItemSize.of(new AttributeValue.M(Map.of()))).isEqualTo(3);
    // 3 + (1 + 1) + (1 + 2) + (1 + 1)
    assertThat(
            ItemSize.of(
                new AttributeValue.L(
                    List.of(
                        new AttributeValue.S("x"),
                        AttributeValue.N.parse("1"),
                        AttributeValue.Null.INSTANCE))))
        .isEqualTo(10);
    // 3 + 1 per entry + names + values: 3 + 2 + (1 + 1) + (2 + 3)
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("e", AttributeValue.Bool.TRUE);
    m.put("ff", AttributeValue.B.of(new byte[] {0, 1, 2}));
    assertThat(ItemSize.of(new AttributeValue.M(m))).isEqualTo(12);
  }

  @Test
  void setsSumTheirMembers() {
    assertThat(ItemSize.of(new AttributeValue.SS(Set.of("a", "bc")))).isEqualTo(3);
    assertThat(ItemSize.of(new AttributeValue.NS(Set.of(BigDecimal.ONE, BigDecimal.ONE.negate()))))
        .isEqualTo(5);
    assertThat(
            ItemSize.of(
                new AttributeValue.BS(
                    Set.of(
                        new AttributeValue.Bytes(new byte[] {0}),
                        new AttributeValue.Bytes(new byte[] {0, 1})))))
        .isEqualTo(3);
  }

  @Test
  void itemSumsNamesAndValues() {
    // The same item as dynalite's itemSize reports 54 bytes for.
    Map<String, AttributeValue> d = new LinkedHashMap<>();
    d.put("e", AttributeValue.Bool.TRUE);
    d.put("ff", AttributeValue.B.of(new byte[] {0, 1, 2}));
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("a", new AttributeValue.S("abc"));
    item.put("bb", AttributeValue.N.parse("12"));
    item.put(
        "c",
        new AttributeValue.L(
            List.of(
                new AttributeValue.S("x"),
                AttributeValue.N.parse("1"),
                AttributeValue.Null.INSTANCE)));
    item.put("d", new AttributeValue.M(d));
    item.put("g", new AttributeValue.SS(Set.of("a", "bc")));
    item.put("h", new AttributeValue.NS(Set.of(BigDecimal.ONE, BigDecimal.ONE.negate())));
    item.put(
        "i",
        new AttributeValue.BS(
            Set.of(
                new AttributeValue.Bytes(new byte[] {0}),
                new AttributeValue.Bytes(new byte[] {0, 1}))));
    item.put("j", new AttributeValue.L(List.of()));
    item.put("k", new AttributeValue.M(Map.of()));
    assertThat(ItemSize.of(item)).isEqualTo(54);
  }

  @Test
  void attributeNamesCountUtf8Bytes() {
    assertThat(ItemSize.of(Map.of("é", new AttributeValue.S("x")))).isEqualTo(3);
  }
}
