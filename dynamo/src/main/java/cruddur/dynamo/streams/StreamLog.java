package cruddur.dynamo.streams;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.storage.Batch;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.ChangeLog;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Mutation;
import cruddur.dynamo.table.StreamSettings;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a stream record for every change of an item in a table whose stream is on, in the same
 * batch as the change, so a record exists exactly when its change does (also after a crash).
 * Records live at {@link StreamKeys}; sequence numbers rise across all tables in commit order (each
 * table's writes are serialised by its lock) and survive restarts. A record is stored as its event
 * name and the JSON of its {@code dynamodb} member, ready to be sent as it is ({@link
 * StoredRecord}).
 */
public final class StreamLog implements ChangeLog {
  private final Clock clock;
  private final JsonFactory json;
  private final AtomicLong lastSequence;

  private StreamLog(Clock clock, JsonFactory json, long lastSequence) {
    this.clock = clock;
    this.json = json;
    this.lastSequence = new AtomicLong(lastSequence);
  }

  /** A stream log that continues after the highest sequence number of the catalog's tables. */
  public static StreamLog open(Store store, Catalog catalog, Clock clock, JsonFactory json) {
    return new StreamLog(clock, json, highestSequence(store, catalog));
  }

  /** The highest sequence number written so far (0 before the first record). */
  public long lastSequence() {
    return lastSequence.get();
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
    long sequence = lastSequence.incrementAndGet();
    batch.put(
        StreamKeys.key(def.id(), sequence),
        encode(
            def.key(),
            stream.viewType(),
            eventName,
            mutation.byService(),
            sequence,
            oldItem,
            newItem));
  }

  private byte[] encode(
      KeySchema schema,
      String viewType,
      String eventName,
      boolean byService,
      long sequence,
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
    long now = clock.millis();
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

  private static long highestSequence(Store store, Catalog catalog) {
    long highest = 0;
    for (String name : catalog.names()) {
      Optional<Table> table = catalog.find(name);
      if (table.isPresent()) {
        highest = Math.max(highest, lastIn(store, table.get().definition().id()));
      }
    }
    return highest;
  }

  private static long lastIn(Store store, int tableId) {
    try (Cursor c = store.scan(StreamKeys.first(tableId), StreamKeys.end(tableId), true)) {
      return c.hasNext() ? StreamKeys.sequence(c.next().key()) : 0;
    }
  }
}
