package cruddur.dynamo.table;

import cruddur.dynamo.storage.Batch;

/**
 * Told of every item change inside the batch that makes it, so that what it records (a stream
 * record, say) is durable exactly when the change is.
 */
public interface ChangeLog {
  ChangeLog NONE = (batch, mutation) -> {};

  void record(Batch batch, Mutation mutation);
}
