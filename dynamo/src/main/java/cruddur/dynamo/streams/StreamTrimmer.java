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

  /** Deletes the table's expired records; returns how many there were. */
  public int trim(Table table) {
    int tableId = table.definition().id();
    long cutoff = clock.millis() - StreamOperations.RETENTION.toMillis();
    long lastExpired = -1;
    int expired = 0;
    try (Cursor c = store.scan(StreamKeys.first(tableId), StreamKeys.end(tableId), false)) {
      while (c.hasNext()) {
        Entry e = c.next();
        if (StoredRecord.createdMillis(e.value()) >= cutoff) {
          break;
        }
        lastExpired = StreamKeys.sequence(e.key());
        expired++;
      }
    }
    if (expired > 0) {
      // Only records already past retention are in the range; new ones are written after it.
      store.deleteRange(StreamKeys.first(tableId), StreamKeys.from(tableId, lastExpired + 1));
    }
    return expired;
  }
}
