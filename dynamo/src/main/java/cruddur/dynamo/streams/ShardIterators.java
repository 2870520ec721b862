package cruddur.dynamo.streams;

import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Shard iterators: opaque strings that carry the stream, the table's id (so a re-created table's
 * stream is not read through an old iterator), the shard and the next sequence number to read. They
 * expire 15 minutes after they are issued, as DynamoDB's do.
 */
final class ShardIterators {
  static final Duration LIFETIME = Duration.ofMinutes(15);
  private static final String VERSION = "i2";

  /** Where an iterator points. */
  record Position(String streamArn, int tableId, String shardId, long sequence) {}

  private final Clock clock;

  ShardIterators(Clock clock) {
    this.clock = clock;
  }

  String issue(String streamArn, int tableId, String shardId, long sequence) {
    long expires = clock.millis() + LIFETIME.toMillis();
    String text =
        String.join(
            "|",
            VERSION,
            Integer.toString(tableId),
            shardId,
            Long.toString(sequence),
            Long.toString(expires),
            streamArn);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  Position read(String iterator) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(iterator), StandardCharsets.UTF_8)
              .split("\\|", 6);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (parts.length != 6 || !parts[0].equals(VERSION)) {
      throw invalid();
    }
    try {
      int tableId = Integer.parseInt(parts[1]);
      long sequence = Long.parseLong(parts[3]);
      long expires = Long.parseLong(parts[4]);
      if (clock.millis() > expires) {
        throw new DynamoException(ErrorType.EXPIRED_ITERATOR, "Iterator expired");
      }
      return new Position(parts[5], tableId, parts[2], sequence);
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static DynamoException invalid() {
    return DynamoException.validation("Invalid ShardIterator");
  }
}
