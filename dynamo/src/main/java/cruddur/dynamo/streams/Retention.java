package cruddur.dynamo.streams;

import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.Store;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How long stream records stay, as on DynamoDB, and where a table's kept records begin and end. A
 * table's records are in the order they were written, so those past retention come first.
 */
final class Retention {
  static final Duration PERIOD = Duration.ofHours(24);

  private Retention() {}

  /** Records written before this time are past retention. */
  static long cutoff(long nowMillis) {
    return nowMillis - PERIOD.toMillis();
  }

  /**
   * The sequence number of the last of the table's records from {@code from} to {@code to}
   * (inclusive) that are past retention, or -1 when there is none.
   */
  static long lastExpired(Store store, int tableId, long from, long to, long cutoffMillis) {
    long last = -1;
    try (Cursor c =
        store.scan(StreamKeys.key(tableId, from), StreamKeys.after(tableId, to), false)) {
      while (c.hasNext()) {
        Entry e = c.next();
        if (StoredRecord.createdMillis(e.value()) >= cutoffMillis) {
          break;
        }
        last = StreamKeys.sequence(e.key());
      }
    }
    return last;
  }

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

  /** When the last of the table's records from {@code from} to {@code to} was written. */
  static OptionalLong lastWritten(Store store, int tableId, long from, long to) {
    try (Cursor c =
        store.scan(StreamKeys.key(tableId, from), StreamKeys.after(tableId, to), true)) {
      return c.hasNext()
          ? OptionalLong.of(StoredRecord.createdMillis(c.next().value()))
          : OptionalLong.empty();
    }
  }

  /** The sequence number of the table's last record, 0 when it has none. */
  static long lastSequence(Store store, int tableId) {
    try (Cursor c = store.scan(StreamKeys.first(tableId), StreamKeys.end(tableId), true)) {
      return c.hasNext() ? StreamKeys.sequence(c.next().key()) : 0;
    }
  }
}
