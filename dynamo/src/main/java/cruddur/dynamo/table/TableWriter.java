package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.storage.Batch;
import cruddur.dynamo.storage.ItemCodec;
import cruddur.dynamo.storage.KeyCodec;
import cruddur.dynamo.storage.Store;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes item changes with their index entries, counters and change records in one atomic batch.
 * Callers hold the write locks of every table involved.
 *
 * <p>An index being backfilled is kept by writes like any other up to the base key its backfill has
 * reached; beyond that key it holds nothing yet, and writes leave it so: the backfill reads those
 * items, under the same lock, when it gets there, and so indexes each one as it then is. That keeps
 * the index's entries and counters exact whatever is written while it fills.
 */
public final class TableWriter {
  private final Store store;
  private final Catalog catalog;
  private final ChangeLog changeLog;

  public TableWriter(Store store, Catalog catalog, ChangeLog changeLog) {
    this.store = store;
    this.catalog = catalog;
    this.changeLog = changeLog;
  }

  /** Applies all mutations atomically. */
  public void write(List<Mutation> mutations) {
    Batch batch = new Batch();
    Map<Table, long[][]> deltas = new LinkedHashMap<>();
    for (Mutation m : mutations) {
      TableDefinition def = m.table().definition();
      long[][] delta = deltas.computeIfAbsent(m.table(), t -> new long[256][]);
      count(delta, 0, m.oldItem(), m.newItem());
      Map<String, AttributeValue> any = m.newItem().orElseGet(() -> m.oldItem().orElseThrow());
      byte[] key = KeyLayout.itemKey(def, any);
      if (m.newItem().isPresent()) {
        batch.put(key, ItemCodec.encode(m.newItem().get()));
      } else {
        batch.delete(key);
      }
      for (IndexDefinition index : def.indexes()) {
        if (!holds(m.table(), index, key)) {
          continue;
        }
        writeIndex(batch, def, index, m.oldItem(), m.newItem());
        count(
            delta,
            index.number(),
            m.oldItem()
                .filter(i -> KeyLayout.isIndexed(index, i))
                .map(i -> KeyLayout.project(def, index, i)),
            m.newItem()
                .filter(i -> KeyLayout.isIndexed(index, i))
                .map(i -> KeyLayout.project(def, index, i)));
      }
      changeLog.record(batch, m);
    }
    deltas.forEach(
        (table, d) ->
            forEachDelta(
                d,
                (index, items, bytes) -> catalog.putCounters(batch, table, index, items, bytes)));
    store.write(batch);
    deltas.forEach(
        (table, d) ->
            forEachDelta(
                d, (index, items, bytes) -> catalog.applyCounters(table, index, items, bytes)));
  }

  /** True when the index is complete at this base key (always, unless it is being backfilled). */
  private static boolean holds(Table table, IndexDefinition index, byte[] baseKey) {
    return !index.backfilling()
        || table
            .backfilledThrough(index.number())
            .map(through -> KeyCodec.compare(baseKey, through) <= 0)
            .orElse(false);
  }

  private static void count(
      long[][] delta,
      int index,
      Optional<Map<String, AttributeValue>> oldItem,
      Optional<Map<String, AttributeValue>> newItem) {
    if (oldItem.isEmpty() && newItem.isEmpty()) {
      return;
    }
    long[] d = delta[index] == null ? (delta[index] = new long[2]) : delta[index];
    oldItem.ifPresent(
        old -> {
          d[0]--;
          d[1] -= ItemSize.of(old);
        });
    newItem.ifPresent(
        item -> {
          d[0]++;
          d[1] += ItemSize.of(item);
        });
  }

  private interface DeltaConsumer {
    void accept(int index, long items, long bytes);
  }

  private static void forEachDelta(long[][] delta, DeltaConsumer consumer) {
    for (int i = 0; i < delta.length; i++) {
      if (delta[i] != null) {
        consumer.accept(i, delta[i][0], delta[i][1]);
      }
    }
  }

  private static void writeIndex(
      Batch batch,
      TableDefinition def,
      IndexDefinition index,
      Optional<Map<String, AttributeValue>> oldItem,
      Optional<Map<String, AttributeValue>> newItem) {
    Optional<byte[]> oldKey = oldItem.flatMap(i -> KeyLayout.indexKey(def, index, i));
    Optional<byte[]> newKey = newItem.flatMap(i -> KeyLayout.indexKey(def, index, i));
    if (oldKey.isPresent() && (newKey.isEmpty() || !Arrays.equals(oldKey.get(), newKey.get()))) {
      batch.delete(oldKey.get());
    }
    newKey.ifPresent(
        k -> batch.put(k, ItemCodec.encode(KeyLayout.project(def, index, newItem.get()))));
  }

  /**
   * Writes one index's entries for a chunk of existing items (a new GSI's backfill), with its
   * counters and {@code through}, the last of those items' storage keys, in one batch; called under
   * the table's write lock with the items as they are under it.
   */
  void backfill(
      Table table, IndexDefinition index, List<Map<String, AttributeValue>> items, byte[] through) {
    TableDefinition def = table.definition();
    Batch batch = new Batch();
    long count = 0;
    long bytes = 0;
    for (Map<String, AttributeValue> item : items) {
      Optional<byte[]> key = KeyLayout.indexKey(def, index, item);
      if (key.isPresent()) {
        Map<String, AttributeValue> projected = KeyLayout.project(def, index, item);
        batch.put(key.get(), ItemCodec.encode(projected));
        count++;
        bytes += ItemSize.of(projected);
      }
    }
    catalog.putCounters(batch, table, index.number(), count, bytes);
    catalog.putBackfillProgress(batch, table, index.number(), through);
    store.write(batch);
    catalog.applyCounters(table, index.number(), count, bytes);
    catalog.applyBackfillProgress(table, index.number(), through);
  }
}
