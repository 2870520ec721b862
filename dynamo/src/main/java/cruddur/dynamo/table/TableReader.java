package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.ItemCodec;
import cruddur.dynamo.storage.Store;
import java.util.Map;
import java.util.Optional;

/** Reads items by key and walks key ranges of a table or index. */
public final class TableReader {
  private final Store store;

  public TableReader(Store store) {
    this.store = store;
  }

  /** The item with this primary key, if any. {@code key} holds the key attributes. */
  public Optional<Map<String, AttributeValue>> get(
      TableDefinition table, Map<String, AttributeValue> key) {
    return store.get(KeyLayout.itemKey(table, key)).map(ItemCodec::decode);
  }

  /** The entries in {@code [from, to)}, in key order or reversed; the cursor must be closed. */
  public Cursor range(byte[] from, byte[] to, boolean reverse) {
    return store.scan(from, to, reverse);
  }
}
