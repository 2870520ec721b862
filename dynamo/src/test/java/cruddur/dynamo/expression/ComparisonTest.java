package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.n;
import static cruddur.dynamo.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.item.AttributeValue;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void numbersCompareNumerically() {
    assertThat(Comparison.compare(n("9"), n("10"))).isNegative();
    assertThat(Comparison.compare(n("-1"), n("-0.5"))).isNegative();
    assertThat(Comparison.compare(n("1.0"), n("1"))).isZero();
  }

  @Test
  void stringsCompareByUtf8BytesNotUtf16Units() {
    String supplementary = new String(Character.toChars(0x1F600)); // surrogates D83D DE00
    String privateUse = "\uE000";
    // UTF-16 puts the surrogate pair first; UTF-8 (and DynamoDB) put U+E000 first.
    assertThat(supplementary.compareTo(privateUse)).isNegative();
    assertThat(Comparison.compare(s(supplementary), s(privateUse))).isPositive();
    assertThat(Comparison.compare(s("a"), s("ab"))).isNegative();
  }

  @Test
  void binariesCompareAsUnsignedBytes() {
    AttributeValue low = AttributeValue.B.of(new byte[] {0x01});
    AttributeValue high = AttributeValue.B.of(new byte[] {(byte) 0xff});
    assertThat(Comparison.compare(low, high)).isNegative();
  }

  @Test
  void mismatchedTypesCannotBeCompared() {
    assertThatThrownBy(() -> Comparison.compare(s("1"), n("1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reservedWordListIsComplete() {
    assertThat(ReservedWords.size()).isEqualTo(573);
    assertThat(ReservedWords.isReserved("Name")).isTrue();
    assertThat(ReservedWords.isReserved("username")).isFalse();
  }
}
