package cruddur.dynamo.streams;

import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.Store;
import java.time.Duration;
import java.util.OptionalLong;

/** How long stream records stay, as on DynamoDB, and where a table's kept records begin. */
final class Retention {
  static final Duration PERIOD = Duration.ofHours(24);

  private Retention() {}

  /**
   * The sequence number of the table's first record, from {@code fromSequence} on, written at or
   * after {@code cutoffMillis}; empty when there is none.
   */
  static OptionalLong firstSince(Store store, int tableId, long fromSequence, long cutoffMillis) {
    try (Cursor c =
        store.scan(StreamKeys.key(tableId, fromSequence), StreamKeys.end(tableId), false)) {
      while (c.hasNext()) {
        Entry e = c.next();
        if (StoredRecord.createdMillis(e.value()) >= cutoffMillis) {
          return OptionalLong.of(StreamKeys.sequence(e.key()));
        }
      }
    }
    return OptionalLong.empty();
  }
}
