package cruddur.dynamo.streams;

import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Table;
import java.time.Clock;

/**
 * Removes a table's stream records once they are past the 24-hour retention. Reading already skips
 * them; this gives their space back. The engine's background sweep calls it for every table.
 */
public final class StreamTrimmer {
  private final Store store;
  private final Clock clock;

  public StreamTrimmer(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Deletes the table's records that are past retention. */
  public void trim(Table table) {
    int tableId = table.definition().id();
    long cutoff = clock.millis() - Retention.PERIOD.toMillis();
    // Bounded by the last expired record seen, not by the end of the stream, so that a record
    // written while this runs is never in the deleted range.
    long lastExpired = -1;
    try (Cursor c = store.scan(StreamKeys.first(tableId), StreamKeys.end(tableId), false)) {
      while (c.hasNext()) {
        Entry e = c.next();
        if (StoredRecord.createdMillis(e.value()) >= cutoff) {
          break;
        }
        lastExpired = StreamKeys.sequence(e.key());
      }
    }
    if (lastExpired >= 0) {
      store.deleteRange(StreamKeys.first(tableId), StreamKeys.key(tableId, lastExpired + 1));
    }
  }
}
