package cruddur.dynamo.streams;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.storage.Batch;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.ChangeLog;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Mutation;
import cruddur.dynamo.table.StreamSettings;
import cruddur.dynamo.table.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a stream record for every change of an item in a table whose stream is on, in the same
 * batch as the change, so a record exists exactly when its change does (also after a crash).
 * Records live at {@link StreamKeys}; sequence numbers rise across all tables in commit order (each
 * table's writes are serialised by its lock) and survive restarts. A record is stored as its event
 * name and the JSON of its {@code dynamodb} member, ready to be sent as it is ({@link
 * StoredRecord}).
 *
 * <p>It also keeps the tables' streams ({@link StreamHistory}), in the batches that change the
 * tables: a stream enabled (at CreateTable or UpdateTable) opens with one shard; disabling it, or
 * deleting its table, closes its open shard; a shard open for the rollover period is closed by the
 * next record and a child shard takes that record and the ones after it. A new shard's first
 * sequence number is reserved for it, so shard ranges never overlap and shard ids never repeat.
 */
public final class StreamLog implements ChangeLog {
  /** How long a shard stays open before a child replaces it (DynamoDB's last about 4 hours). */
  static final Duration ROLLOVER = Duration.ofHours(4);

  private final Store store;
  private final Clock clock;
  private final JsonFactory json;
  private final StreamHistory history;
  private final AtomicLong lastSequence;

  private StreamLog(
      Store store, Clock clock, JsonFactory json, StreamHistory history, long lastSequence) {
    this.store = store;
    this.clock = clock;
    this.json = json;
    this.history = history;
    this.lastSequence = new AtomicLong(lastSequence);
  }

  /**
   * The stream log of a store: its streams' history, and sequence numbers continuing after the
   * highest one used. Give it to the {@link cruddur.dynamo.table.Catalog}, which tells it of the
   * tables (and so of streams kept by an earlier version of the engine, which it adopts).
   */
  public static StreamLog open(Store store, Clock clock, JsonFactory json) {
    StreamHistory history = StreamHistory.load(store, json);
    long highest = history.highestSequence();
    for (TableStream stream : history.all()) {
      highest = Math.max(highest, Retention.lastSequence(store, stream.tableId()));
    }
    return new StreamLog(store, clock, json, history, highest);
  }

  /** The highest sequence number handed out so far (0 before the first). */
  public long lastSequence() {
    return lastSequence.get();
  }

  StreamHistory history() {
    return history;
  }

  @Override
  public void record(Batch batch, Mutation mutation) {
    Optional<Map<String, AttributeValue>> oldItem = mutation.oldItem();
    Optional<Map<String, AttributeValue>> newItem = mutation.newItem();
    TableDefinition def = mutation.table().definition();
    StreamSettings stream = def.stream();
    if (!stream.enabled() || oldItem.equals(newItem)) {
      return;
    }
    String eventName = oldItem.isEmpty() ? "INSERT" : newItem.isEmpty() ? "REMOVE" : "MODIFY";
    long now = clock.millis();
    rollOverIfDue(batch, def, now);
    long sequence = lastSequence.incrementAndGet();
    batch.put(
        StreamKeys.key(def.id(), sequence),
        encode(
            def.key(),
            stream.viewType(),
            eventName,
            mutation.byService(),
            sequence,
            now,
            oldItem,
            newItem));
  }

  @Override
  public TableDefinition tableChanged(
      Batch batch, Optional<TableDefinition> before, TableDefinition after) {
    StreamSettings was = before.map(TableDefinition::stream).orElse(StreamSettings.DISABLED);
    StreamSettings now = after.stream();
    boolean opens = now.enabled() && !(was.enabled() && now.label().equals(was.label()));
    long time = clock.millis();
    if (was.enabled() && (!now.enabled() || opens)) {
      close(batch, before.get(), time);
    }
    if (!opens) {
      return after;
    }
    String label = freshLabel(after.name(), now.label(), was.label());
    TableDefinition def =
        label.equals(now.label())
            ? after
            : after.withStream(new StreamSettings(true, now.viewType(), label));
    long start = lastSequence.incrementAndGet();
    history.put(
        batch,
        new TableStream(
            def.name(),
            def.id(),
            label,
            now.viewType(),
            def.key(),
            time,
            0,
            List.of(Shard.open(def.id(), start, null, time))));
    return def;
  }

  @Override
  public void tableDeleted(Batch batch, TableDefinition definition) {
    if (definition.stream().enabled()) {
      close(batch, definition, clock.millis());
    }
  }

  /** Takes on a table's stream that an earlier version of the engine kept without a history. */
  @Override
  public void tableLoaded(TableDefinition def) {
    StreamSettings settings = def.stream();
    if (settings.label() == null || history.find(def.name(), settings.label()).isPresent()) {
      return;
    }
    long last = Retention.lastSequence(store, def.id());
    lastSequence.accumulateAndGet(last, Math::max);
    // Records from before the label's time were an earlier stream's, which was not readable.
    OptionalLong first =
        Retention.firstSince(store, def.id(), 0, StreamSettings.labelMillis(settings.label()));
    if (!settings.enabled() && first.isEmpty()) {
      return;
    }
    long now = clock.millis();
    Shard shard =
        Shard.open(
            def.id(),
            first.isPresent() ? first.getAsLong() : lastSequence.incrementAndGet(),
            null,
            now);
    String viewType =
        settings.viewType() != null
            ? settings.viewType()
            : StoredRecord.read(
                    StreamKeys.key(def.id(), last),
                    store.get(StreamKeys.key(def.id(), last)).orElseThrow())
                .viewType();
    TableStream stream =
        new TableStream(
            def.name(),
            def.id(),
            settings.label(),
            viewType,
            def.key(),
            StreamSettings.labelMillis(settings.label()),
            0,
            List.of(shard));
    if (!settings.enabled()) {
      stream = stream.replacingOpenShard(shard.close(last, expiry(stream, shard, last, now)));
    }
    Batch batch = new Batch();
    history.put(batch, stream);
    store.write(batch);
  }

  /** Closes the open shard of the table's current stream: it ends with the last record so far. */
  private void close(Batch batch, TableDefinition def, long now) {
    history
        .find(def.name(), def.stream().label())
        .ifPresent(
            stream ->
                stream
                    .openShard()
                    .ifPresent(
                        open -> {
                          long end = Math.max(open.start(), lastSequence.get());
                          history.put(
                              batch,
                              stream.replacingOpenShard(
                                  open.close(end, expiry(stream, open, end, now))));
                        }));
  }

  /**
   * Closes the open shard of the table's stream when it has been open for the rollover period, and
   * opens its child. Called under the table's write lock, before the record's sequence number is
   * taken, so every record of the table so far is in the closed shard and the next is the child's.
   */
  private void rollOverIfDue(Batch batch, TableDefinition def, long now) {
    Optional<TableStream> stream = history.find(def.name(), def.stream().label());
    Optional<Shard> open = stream.flatMap(TableStream::openShard);
    if (open.isEmpty() || now - open.get().openedMillis() < ROLLOVER.toMillis()) {
      return;
    }
    long start = lastSequence.incrementAndGet();
    Shard closed = open.get().close(start - 1, expiry(stream.get(), open.get(), start - 1, now));
    history.put(
        batch,
        stream.get().replacingOpenShard(closed, Shard.open(def.id(), start, closed.id(), now)));
  }

  /**
   * When a shard closing now stops being readable: 24 hours after its last record; when it holds
   * none, at once if its records were already trimmed, else 24 hours after now.
   */
  private long expiry(TableStream stream, Shard shard, long end, long now) {
    OptionalLong last = Retention.lastWritten(store, stream.tableId(), shard.start(), end);
    if (last.isPresent()) {
      return last.getAsLong() + Retention.PERIOD.toMillis();
    }
    return stream.trimmedThrough() >= shard.start() ? now : now + Retention.PERIOD.toMillis();
  }

  /**
   * The label for a new stream of a table name: the one asked for, or a millisecond after the
   * latest label the name has had when that is not earlier, so that no two streams share an ARN.
   */
  private String freshLabel(String tableName, String asked, String previous) {
    long latest = previous == null ? Long.MIN_VALUE : StreamSettings.labelMillis(previous);
    for (TableStream s : history.ofTableName(tableName)) {
      latest = Math.max(latest, StreamSettings.labelMillis(s.label()));
    }
    return StreamSettings.labelMillis(asked) > latest ? asked : StreamSettings.label(latest + 1);
  }

  private byte[] encode(
      KeySchema schema,
      String viewType,
      String eventName,
      boolean byService,
      long sequence,
      long now,
      Optional<Map<String, AttributeValue>> oldItem,
      Optional<Map<String, AttributeValue>> newItem) {
    Map<String, AttributeValue> any = newItem.or(() -> oldItem).orElseThrow();
    Map<String, AttributeValue> keys = new LinkedHashMap<>();
    keys.put(schema.hashName(), any.get(schema.hashName()));
    schema.range().ifPresent(range -> keys.put(range, any.get(range)));
    boolean newImage = viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
    boolean oldImage = viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES");
    long size =
        ItemSize.of(keys)
            + (newImage ? newItem.map(ItemSize::of).orElse(0L) : 0)
            + (oldImage ? oldItem.map(ItemSize::of).orElse(0L) : 0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    bytes.write(StoredRecord.header(eventName, byService));
    bytes.writeBytes(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(now).array());
    try (JsonGenerator g = json.createGenerator(bytes)) {
      g.writeStartObject();
      g.writeNumberField("ApproximateCreationDateTime", now / 1000);
      g.writeFieldName("Keys");
      AttributeValueJson.writeItem(g, keys);
      if (newImage && newItem.isPresent()) {
        g.writeFieldName("NewImage");
        AttributeValueJson.writeItem(g, newItem.get());
      }
      if (oldImage && oldItem.isPresent()) {
        g.writeFieldName("OldImage");
        AttributeValueJson.writeItem(g, oldItem.get());
      }
      g.writeStringField("SequenceNumber", SequenceNumbers.format(sequence));
      g.writeNumberField("SizeBytes", size);
      g.writeStringField("StreamViewType", viewType);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
