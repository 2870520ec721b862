package cruddur.dynamo.streams;

import com.fasterxml.jackson.core.JsonFactory;
import cruddur.dynamo.storage.Batch;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.KeyBuilder;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every table's streams, current and past (including those of deleted tables), until they are
 * forgotten. Kept in the catalog's metadata: {@code [0][STREAM_HISTORY][table id][label]} holds a
 * stream ({@link TableStreamCodec}), and {@code [0][STREAM_SEQUENCE]} the highest sequence number
 * forgotten streams reached, so numbers are not handed out again. Changes go into the caller's
 * batch and show in memory at once; a table's streams change only under its write lock, or once the
 * table is gone.
 */
final class StreamHistory {
  private final TableStreamCodec codec;

  /** Keyed {@code <table name>/stream/<label>}, so in the order of their ARNs. */
  private final ConcurrentSkipListMap<String, TableStream> streams = new ConcurrentSkipListMap<>();

  private volatile long floor;

  private StreamHistory(TableStreamCodec codec) {
    this.codec = codec;
  }

  static StreamHistory load(Store store, JsonFactory json) {
    StreamHistory history = new StreamHistory(new TableStreamCodec(json));
    byte[] from = Catalog.metaKey(Catalog.STREAM_HISTORY, new byte[0]);
    byte[] to = Catalog.metaKey((byte) (Catalog.STREAM_HISTORY + 1), new byte[0]);
    try (Cursor c = store.scan(from, to, false)) {
      while (c.hasNext()) {
        TableStream stream = history.codec.decode(c.next().value());
        history.streams.put(name(stream.tableName(), stream.label()), stream);
      }
    }
    history.floor = store.get(floorKey()).map(b -> ByteBuffer.wrap(b).getLong()).orElse(0L);
    return history;
  }

  Optional<TableStream> find(String tableName, String label) {
    return Optional.ofNullable(streams.get(name(tableName, label)));
  }

  /** Every stream, in the order of their ARNs. */
  List<TableStream> all() {
    return List.copyOf(streams.values());
  }

  List<TableStream> ofTable(int tableId) {
    return streams.values().stream().filter(s -> s.tableId() == tableId).toList();
  }

  List<TableStream> ofTableName(String tableName) {
    return streams.values().stream().filter(s -> s.tableName().equals(tableName)).toList();
  }

  void put(Batch batch, TableStream stream) {
    batch.put(key(stream), codec.encode(stream));
    streams.put(name(stream.tableName(), stream.label()), stream);
  }

  /** Drops a stream, keeping the sequence numbers it reached from being handed out again. */
  void forget(Batch batch, TableStream stream, long lastSequence) {
    batch.delete(key(stream));
    streams.remove(name(stream.tableName(), stream.label()));
    if (lastSequence > floor) {
      floor = lastSequence;
      batch.put(floorKey(), ByteBuffer.allocate(Long.BYTES).putLong(lastSequence).array());
    }
  }

  /** The highest sequence number a kept stream's shard bounds or a forgotten stream reached. */
  long highestSequence() {
    long highest = floor;
    for (TableStream s : streams.values()) {
      highest = Math.max(highest, s.highestBound());
    }
    return highest;
  }

  private static String name(String tableName, String label) {
    return tableName + "/stream/" + label;
  }

  private static byte[] key(TableStream stream) {
    return Catalog.metaKey(
        Catalog.STREAM_HISTORY,
        new KeyBuilder()
            .u32(stream.tableId())
            .raw(stream.label().getBytes(StandardCharsets.UTF_8))
            .build());
  }

  private static byte[] floorKey() {
    return Catalog.metaKey(Catalog.STREAM_SEQUENCE, new byte[0]);
  }
}
