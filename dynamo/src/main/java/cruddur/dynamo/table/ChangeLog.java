package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.storage.Batch;
import java.util.Map;
import java.util.Optional;

/**
 * Told of every item change inside the batch that makes it, so that what it records (a stream
 * record, say) is durable exactly when the change is.
 */
public interface ChangeLog {
  ChangeLog NONE = (batch, table, oldItem, newItem) -> {};

  void record(
      Batch batch,
      Table table,
      Optional<Map<String, AttributeValue>> oldItem,
      Optional<Map<String, AttributeValue>> newItem);
}
