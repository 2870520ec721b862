package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.storage.KeyBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where items live in the store. Base items: {@code [table id][0][hash][range]}. Index entries:
 * {@code [table id][index number][index hash][index range][base hash][base range]}, so one
 * partition of a table or index is one contiguous, ordered key range.
 */
public final class KeyLayout {
  /** The index number of the base table itself. */
  public static final int BASE = 0;

  /**
   * The last slot of a table's key range, above every index number: the table's stream records,
   * which outlive the table (see {@code cruddur.dynamo.streams.StreamKeys}).
   */
  public static final int STREAM_SLOT = 0xFF;

  private KeyLayout() {}

  /** The storage key of an item (or of a key map) in its base table. */
  public static byte[] itemKey(TableDefinition table, Map<String, AttributeValue> item) {
    KeyBuilder b = new KeyBuilder().u32(table.id()).u8(BASE);
    appendKey(b, table.key(), item);
    return b.build();
  }

  /** The storage key of an item's entry in an index, or empty when the item is not in it. */
  public static Optional<byte[]> indexKey(
      TableDefinition table, IndexDefinition index, Map<String, AttributeValue> item) {
    if (!isIndexed(index, item)) {
      return Optional.empty();
    }
    KeyBuilder b = new KeyBuilder().u32(table.id()).u8(index.number());
    appendKey(b, index.key(), item);
    appendKey(b, table.key(), item);
    return Optional.of(b.build());
  }

  /** The storage key of a position in an index: its own key followed by the base key. */
  public static byte[] indexPosition(
      TableDefinition table, IndexDefinition index, Map<String, AttributeValue> key) {
    KeyBuilder b = new KeyBuilder().u32(table.id()).u8(index.number());
    appendKey(b, index.key(), key);
    appendKey(b, table.key(), key);
    return b.build();
  }

  /**
   * True when the item has an entry in the index: it carries the index's key attributes, of the
   * index's types, none of them empty. Writes refuse an item whose index key attribute is of
   * another type or empty, but a GSI added later finds such items in the table and leaves them out,
   * as DynamoDB does; writes and that backfill both decide here.
   */
  public static boolean isIndexed(IndexDefinition index, Map<String, AttributeValue> item) {
    return index.key().isValidIn(item);
  }

  /** The first bytes every key of one table or index shares. */
  public static KeyBuilder prefix(int tableId, int indexNumber) {
    return new KeyBuilder().u32(tableId).u8(indexNumber);
  }

  /** The attributes an index entry stores, per the index's projection. */
  public static Map<String, AttributeValue> project(
      TableDefinition table, IndexDefinition index, Map<String, AttributeValue> item) {
    if (index.projection().type().equals("ALL")) {
      return item;
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      String name = e.getKey();
      if (table.key().isKeyAttribute(name)
          || index.key().isKeyAttribute(name)
          || index.projection().nonKeyAttributes().contains(name)) {
        out.put(name, e.getValue());
      }
    }
    return out;
  }

  /** Just the key attributes of the table (and index, if given) taken from an item. */
  public static Map<String, AttributeValue> keyOf(
      TableDefinition table, Optional<IndexDefinition> index, Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    putKey(out, table.key(), item);
    index.ifPresent(i -> putKey(out, i.key(), item));
    return out;
  }

  private static void putKey(
      Map<String, AttributeValue> out, KeySchema key, Map<String, AttributeValue> item) {
    out.put(key.hashName(), item.get(key.hashName()));
    if (key.hasRange()) {
      out.put(key.rangeName(), item.get(key.rangeName()));
    }
  }

  private static void appendKey(KeyBuilder b, KeySchema key, Map<String, AttributeValue> item) {
    b.ordered(item.get(key.hashName()));
    if (key.hasRange()) {
      b.ordered(item.get(key.rangeName()));
    }
  }
}
