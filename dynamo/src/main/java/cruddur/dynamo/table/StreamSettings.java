package cruddur.dynamo.table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A table's stream: whether enabled, its view type and its label (the label is the time the stream
 * was enabled, in UTC to the millisecond, and is part of the stream ARN). A disabled stream keeps
 * its last label, which DescribeTable reports as the latest stream.
 */
public record StreamSettings(boolean enabled, String viewType, String label) {
  public static final StreamSettings DISABLED = new StreamSettings(false, null, null);

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  /** The label of a stream enabled at this time, as DynamoDB writes them. */
  public static String label(long epochMillis) {
    return LABEL.format(Instant.ofEpochMilli(epochMillis));
  }

  /** The time a label stands for; 0 for a label that is not a time. */
  public static long labelMillis(String label) {
    try {
      return LocalDateTime.parse(label).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }
}
