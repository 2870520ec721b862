package cruddur.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

  @Test
  void formatIsFixedWidthUtcWithMicrosecondsTruncatedNotRounded() {
    assertThat(Times.format(Instant.parse("2026-11-26T09:15:02.123456999Z")))
        .isEqualTo("2026-11-26T09:15:02.123456+00:00");
  }

  @Test
  void formatWritesZeroMicrosecondsToo() {
    assertThat(Times.format(Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("2026-01-01T00:00:00.000000+00:00");
  }

  @Test
  void formatTruncatesTimesBeforeTheEpochDownward() {
    assertThat(Times.format(Instant.parse("1969-12-31T23:59:59.9999995Z")))
        .isEqualTo("1969-12-31T23:59:59.999999+00:00");
  }

  @Test
  void formatRejectsYearsThatWouldBreakTheFixedWidth() {
    assertThatThrownBy(() -> Times.format(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0000-9999");
  }

  @Test
  void parseReadsTheFixedFormBack() {
    Instant t = Instant.parse("2024-02-29T23:59:59.000001Z");
    assertThat(Times.parse(Times.format(t))).isEqualTo(t);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-26T09:15:02.123456,        2026-11-26T09:15:02.123456Z",
    "2026-11-26T09:15:02,               2026-11-26T09:15:02Z",
    "2026-11-26T09:15:02+00:00,         2026-11-26T09:15:02Z",
    "2026-11-26T09:15:02.5,             2026-11-26T09:15:02.500Z",
    "2026-11-26T09:15:02.123Z,          2026-11-26T09:15:02.123Z",
    "2026-11-26T10:15:02.123456+01:00,  2026-11-26T09:15:02.123456Z",
    "2026-11-26T04:15:02.123456-0500,   2026-11-26T09:15:02.123456Z",
    "2026-11-26 09:15:02.123456+00:00,  2026-11-26T09:15:02.123456Z",
    "2026-11-26T09:15:02.123456789,     2026-11-26T09:15:02.123456789Z",
    "2024-02-29T00:00:00.000000+00:00,  2024-02-29T00:00:00Z"
  })
  void parseReadsTheOlderFormsTheOriginalWrote(String text, String expected) {
    assertThat(Times.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2026-11-26",
        "2025-02-29T00:00:00",
        "2026-13-01T00:00:00",
        "2026-11-26T24:00:00",
        "2026-11-26T09:15:02.1234567890",
        "2026-11-26T09:15:02+25:00",
        "2026-11-26T09:15:02.123456+00:00 "
      })
  void parseRejectsWhatIsNotATime(String text) {
    assertThatThrownBy(() -> Times.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a time");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-11-26T09:15:02.123456+00:00, 2026-11-26T09:15:02.123457+00:00",
    "2026-11-26T09:15:02.999999+00:00, 2026-11-26T09:15:03.000000+00:00",
    "2025-12-31T23:59:59.999999+00:00, 2026-01-01T00:00:00.000000+00:00",
    "2024-02-28T23:59:59.999999+00:00, 2024-02-29T00:00:00.000000+00:00",
    "2026-02-28T23:59:59.999999+00:00, 2026-03-01T00:00:00.000000+00:00",
    "2026-11-26T09:15:02,              2026-11-26T09:15:02.000001+00:00",
    "2026-11-26T10:15:02.123456+01:00, 2026-11-26T09:15:02.123457+00:00",
    "2026-11-26T09:15:02.1234569,      2026-11-26T09:15:02.123457+00:00"
  })
  void nextIsTheFollowingMicrosecondInTheFixedForm(String sk, String expected) {
    assertThat(Times.next(sk)).isEqualTo(expected);
  }

  @Test
  void fixedFormSortsAsTextInTimeOrder() {
    Random random = new Random(42);
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      // Years 1970-2100, any microsecond.
      times.add(
          Instant.ofEpochSecond(
              random.nextInt(Integer.MAX_VALUE) * 2L, random.nextInt(1_000_000) * 1_000L));
    }
    List<String> byText = new ArrayList<>(times.stream().map(Times::format).toList());
    byText.sort(Comparator.naturalOrder());
    List<String> byTime = times.stream().sorted().map(Times::format).toList();
    assertThat(byText).isEqualTo(byTime);
  }
}
