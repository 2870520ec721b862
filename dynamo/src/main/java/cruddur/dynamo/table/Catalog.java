package cruddur.dynamo.table;

import com.fasterxml.jackson.core.JsonFactory;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.storage.Batch;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.KeyCodec;
import cruddur.dynamo.storage.Store;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * The tables that exist, with their definitions persisted beside the data. All metadata keys start
 * with table id 0, which no table uses. Table ids are never reused (the next one is persisted), so
 * what a deleted table leaves behind (its stream records) is never mistaken for a new table's. The
 * {@link ChangeLog} is told of every table loaded, created, changed and deleted, in the same batch.
 * Beside each definition: the counters of the table and of each index, and for an index being
 * backfilled the base key its backfill has reached.
 */
public final class Catalog {
  private static final byte DEFINITION = 1;
  private static final byte NEXT_ID = 2;
  private static final byte COUNTERS = 3;

  /** Metadata kind of the tables' stream history, which the change log keeps. */
  public static final byte STREAM_HISTORY = 4;

  /** Metadata kind of the stream sequence numbers' floor, which the change log keeps. */
  public static final byte STREAM_SEQUENCE = 5;

  private static final byte BACKFILL = 6;

  private final Store store;
  private final DefinitionCodec codec;
  private final ChangeLog changeLog;
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
  private final Object ddlLock = new Object();
  private int nextId;

  /** A catalog no change log hears of (to inspect a store). */
  public Catalog(Store store, JsonFactory json) {
    this(store, json, ChangeLog.NONE);
  }

  public Catalog(Store store, JsonFactory json, ChangeLog changeLog) {
    this.store = store;
    this.codec = new DefinitionCodec(json);
    this.changeLog = changeLog;
    this.nextId = store.get(nextIdKey()).map(b -> ByteBuffer.wrap(b).getInt()).orElse(1);
    load();
  }

  private void load() {
    byte[] from = metaKey(DEFINITION, new byte[0]);
    byte[] to = metaKey((byte) (DEFINITION + 1), new byte[0]);
    try (Cursor cursor = store.scan(from, to, false)) {
      while (cursor.hasNext()) {
        Entry e = cursor.next();
        TableDefinition def = read(e.value());
        Table table = new Table(def);
        loadCounters(table, 0);
        def.indexes().forEach(i -> loadCounters(table, i.number()));
        def.indexes().stream()
            .filter(IndexDefinition::backfilling)
            .forEach(
                i ->
                    store
                        .get(backfillKey(def.id(), i.number()))
                        .ifPresent(key -> table.backfilledThrough(i.number(), key)));
        tables.put(def.name(), table);
        changeLog.tableLoaded(def);
      }
    }
  }

  /** The table, or ResourceNotFoundException with DynamoDB's data-plane message. */
  public Table require(String name) {
    return find(name)
        .orElseThrow(() -> DynamoException.resourceNotFound("Requested resource not found"));
  }

  /** The table, or ResourceNotFoundException naming it, as the control plane reports. */
  public Table requireNamed(String name) {
    return find(name)
        .orElseThrow(
            () ->
                DynamoException.resourceNotFound(
                    "Requested resource not found: Table: " + name + " not found"));
  }

  public Optional<Table> find(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** Table names in DynamoDB's (lexicographic) order. */
  public List<String> names() {
    return List.copyOf(tables.keySet());
  }

  /** Creates a table from a definition whose id is assigned here. */
  public Table create(TableDefinition definition) {
    synchronized (ddlLock) {
      if (tables.containsKey(definition.name())) {
        throw DynamoException.resourceInUse("Table already exists: " + definition.name());
      }
      int id = nextId++;
      Batch batch = new Batch().put(nextIdKey(), ByteBuffer.allocate(4).putInt(nextId).array());
      TableDefinition def = changeLog.tableChanged(batch, Optional.empty(), definition.withId(id));
      batch.put(definitionKey(def.name()), write(def));
      store.write(batch);
      Table table = new Table(def);
      tables.put(def.name(), table);
      return table;
    }
  }

  /**
   * Replaces a table's definition durably (a newly enabled stream's label may differ from the one
   * asked for: see {@link ChangeLog#tableChanged}).
   */
  public void update(Table table, TableDefinition newDefinition) {
    update(table, current -> newDefinition, new Batch());
  }

  /**
   * Applies a change to the table's current definition durably. The change sees the definition as
   * it is under the catalog's lock, so changes made at once (tags, TTL, a backfill completing)
   * never undo one another.
   */
  public void update(Table table, UnaryOperator<TableDefinition> change) {
    update(table, change, new Batch());
  }

  private void update(Table table, UnaryOperator<TableDefinition> change, Batch batch) {
    synchronized (ddlLock) {
      TableDefinition before = table.definition();
      TableDefinition def =
          changeLog.tableChanged(batch, Optional.of(before), change.apply(before));
      store.write(batch.put(definitionKey(def.name()), write(def)));
      table.definition(def);
    }
  }

  /**
   * Makes a backfilled index ACTIVE and forgets how far its backfill got, in one batch; called
   * under the table's write lock once every item is in the index.
   */
  void completeBackfill(Table table, IndexDefinition index) {
    update(
        table,
        def ->
            def.withIndexes(
                def.indexes().stream()
                    .map(i -> i.name().equals(index.name()) ? i.activated() : i)
                    .toList()),
        new Batch().delete(backfillKey(table.definition().id(), index.number())));
    table.backfilledThrough(index.number(), null);
  }

  /**
   * Removes a table and all its items and index entries. Its stream records stay, in the last slot
   * of its key range, for their 24 hours ({@link KeyLayout#STREAM_SLOT}).
   */
  public void delete(Table table) {
    synchronized (ddlLock) {
      int id = table.definition().id();
      Batch batch = new Batch().delete(definitionKey(table.name()));
      changeLog.tableDeleted(batch, table.definition());
      store.write(batch);
      tables.remove(table.name());
      store.deleteRange(countersKey(id, 0), countersKey(id + 1, 0));
      store.deleteRange(backfillKey(id, 0), backfillKey(id + 1, 0));
      store.deleteRange(
          ByteBuffer.allocate(4).putInt(id).array(),
          ByteBuffer.allocate(5).putInt(id).put((byte) KeyLayout.STREAM_SLOT).array());
    }
  }

  /**
   * Removes all an index number holds: entries, counters and backfill progress. For an index
   * dropped (after the definition without it is durable), and for a number about to be given to a
   * new index (before the definition with it is), so that what a crash left of an earlier index
   * under that number is never taken for the new one's.
   */
  public void clearIndex(Table table, int index) {
    int id = table.definition().id();
    byte[] prefix = KeyLayout.prefix(id, index).build();
    store.deleteRange(prefix, KeyCodec.prefixEnd(prefix));
    store.write(new Batch().delete(countersKey(id, index)).delete(backfillKey(id, index)));
    table.resetCounts(index);
    table.backfilledThrough(index, null);
  }

  /**
   * Adds the put of a table's (index 0) or index's new counters to a batch; called under the
   * table's write lock, then {@link #applyCounters} once the batch is durable.
   */
  public void putCounters(Batch batch, Table table, int index, long itemDelta, long sizeDelta) {
    batch.put(
        countersKey(table.definition().id(), index),
        counterBytes(table.itemCount(index) + itemDelta, table.sizeBytes(index) + sizeDelta));
  }

  public void applyCounters(Table table, int index, long itemDelta, long sizeDelta) {
    table.addCounts(index, itemDelta, sizeDelta);
  }

  /**
   * Adds the put of how far an index's backfill has got (the last base key it has indexed) to the
   * batch that writes those entries; {@link #applyBackfillProgress} once the batch is durable.
   */
  void putBackfillProgress(Batch batch, Table table, int index, byte[] baseKey) {
    batch.put(backfillKey(table.definition().id(), index), baseKey);
  }

  void applyBackfillProgress(Table table, int index, byte[] baseKey) {
    table.backfilledThrough(index, baseKey);
  }

  private void loadCounters(Table table, int index) {
    store
        .get(countersKey(table.definition().id(), index))
        .ifPresent(
            b -> {
              ByteBuffer buf = ByteBuffer.wrap(b);
              table.addCounts(index, buf.getLong(), buf.getLong());
            });
  }

  private static byte[] counterBytes(long items, long bytes) {
    return ByteBuffer.allocate(16).putLong(items).putLong(bytes).array();
  }

  private static byte[] definitionKey(String name) {
    return metaKey(DEFINITION, name.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] nextIdKey() {
    return metaKey(NEXT_ID, new byte[0]);
  }

  private static byte[] countersKey(int id, int index) {
    return metaKey(COUNTERS, ByteBuffer.allocate(5).putInt(id).put((byte) index).array());
  }

  private static byte[] backfillKey(int id, int index) {
    return metaKey(BACKFILL, ByteBuffer.allocate(5).putInt(id).put((byte) index).array());
  }

  /** A metadata key: table id 0, the kind, then the kind's own bytes. */
  public static byte[] metaKey(byte kind, byte[] suffix) {
    return ByteBuffer.allocate(5 + suffix.length).putInt(0).put(kind).put(suffix).array();
  }

  private byte[] write(TableDefinition def) {
    return codec.encode(def);
  }

  private TableDefinition read(byte[] bytes) {
    return codec.decode(bytes);
  }
}
