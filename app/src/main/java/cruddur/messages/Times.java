package cruddur.messages;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sort-key time format. Keys are written in one fixed-width UTC form with microseconds always
 * present ({@code 2026-11-26T09:15:02.123456+00:00}), so that text order is time order; the looser
 * forms the original app wrote (no offset, no or fewer fraction digits, {@code Z} or another
 * offset) are still read.
 */
public final class Times {
  private static final DateTimeFormatter FIXED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  // Python's isoformat() drops the fraction when it is zero and the offset for naive times; str()
  // uses a space instead of the T. Seconds are optional as in ISO 8601.
  private static final Pattern LOOSE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})"
              + "(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
              + "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

  // Outside four-digit years the text is no longer fixed-width and stops sorting in time order.
  private static final Instant FIRST =
      LocalDate.of(0, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant END =
      LocalDate.of(10000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

  private Times() {}

  /** The fixed form of {@code time}, truncated to microseconds. */
  public static String format(Instant time) {
    Instant micros = time.truncatedTo(ChronoUnit.MICROS);
    if (micros.isBefore(FIRST) || !micros.isBefore(END)) {
      throw new IllegalArgumentException(
          "time " + time + " is outside the years 0000-9999 that sort keys can hold");
    }
    return FIXED.format(micros);
  }

  /**
   * The instant a sort-key time denotes, in the fixed form or any older form.
   *
   * @throws IllegalArgumentException if {@code text} is not such a time
   */
  public static Instant parse(String text) {
    Matcher m = LOOSE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a time: \"" + text + "\"");
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              number(m.group(1)),
              number(m.group(2)),
              number(m.group(3)),
              number(m.group(4)),
              number(m.group(5)),
              m.group(6) == null ? 0 : number(m.group(6)),
              nanos(m.group(7)));
      ZoneOffset offset =
          m.group(8) == null ? ZoneOffset.UTC : ZoneOffset.of(m.group(8).toUpperCase(Locale.ROOT));
      return local.toInstant(offset);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a time: \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /** The fixed form of the microsecond after {@code sk}: the next free slot after a collision. */
  public static String next(String sk) {
    return format(parse(sk).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS));
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    return Integer.parseInt((fraction + "00000000").substring(0, 9));
  }
}
