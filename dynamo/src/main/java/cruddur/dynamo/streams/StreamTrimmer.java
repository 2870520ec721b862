package cruddur.dynamo.streams;

import cruddur.dynamo.storage.Batch;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.Table;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Removes stream records once they are past the 24-hour retention, with the shards that held them
 * and then the streams that have nothing left (those of deleted tables included). Reading already
 * skips them; this gives their space back. The engine's background sweep calls it every second.
 */
public final class StreamTrimmer {
  private final Store store;
  private final StreamLog log;
  private final StreamHistory history;
  private final Catalog catalog;
  private final Clock clock;

  public StreamTrimmer(Store store, StreamLog log, Catalog catalog, Clock clock) {
    this.store = store;
    this.log = log;
    this.history = log.history();
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Trims every table that has streams, each under its write lock while it exists. */
  public void trim() {
    TreeSet<Integer> tableIds = new TreeSet<>();
    history.all().forEach(s -> tableIds.add(s.tableId()));
    for (int tableId : tableIds) {
      List<TableStream> streams = history.ofTable(tableId);
      if (streams.isEmpty()) {
        continue;
      }
      Optional<Table> live =
          catalog.find(streams.get(0).tableName()).filter(t -> t.definition().id() == tableId);
      if (live.isEmpty()) {
        trim(tableId);
        continue;
      }
      live.get().writeLock().lock();
      try {
        trim(tableId);
      } finally {
        live.get().writeLock().unlock();
      }
    }
  }

  private void trim(int tableId) {
    long now = clock.millis();
    long lastExpired =
        Retention.lastExpired(store, tableId, 0, Long.MAX_VALUE, Retention.cutoff(now));
    Batch batch = new Batch();
    for (TableStream stream : history.ofTable(tableId)) {
      TableStream next = stream;
      if (lastExpired > stream.trimmedThrough()
          && !stream.shards().isEmpty()
          && stream.shards().get(0).start() <= lastExpired) {
        next = next.withTrimmedThrough(lastExpired);
      }
      next = next.withShards(next.liveShards(now));
      if (next.expired(now)) {
        history.forget(batch, stream, log.lastSequence());
      } else if (!next.equals(stream)) {
        history.put(batch, next);
      }
    }
    // The history first: if this stops between the two, reading still knows what was trimmed.
    store.write(batch);
    if (lastExpired >= 0) {
      store.deleteRange(StreamKeys.first(tableId), StreamKeys.key(tableId, lastExpired + 1));
    }
  }
}
