package cruddur.dynamo.table;

import cruddur.dynamo.storage.Batch;
import java.util.Optional;

/**
 * Told of every item change, and of every table created, changed or deleted, inside the batch that
 * makes it, so that what it records (a stream record, a stream's history) is durable exactly when
 * the change is.
 */
public interface ChangeLog {
  ChangeLog NONE = (batch, mutation) -> {};

  /** An item change; called under the table's write lock. */
  void record(Batch batch, Mutation mutation);

  /** A table the catalog found on disk when it opened, before any request. */
  default void tableLoaded(TableDefinition definition) {}

  /**
   * A table created ({@code before} empty) or redefined, under the catalog's lock (and, for a
   * change of stream, the table's write lock). Returns the definition to persist: a newly enabled
   * stream may get a later label than {@code after} asks for, so that the stream labels (and so the
   * stream ARNs) of a table name never repeat.
   */
  default TableDefinition tableChanged(
      Batch batch, Optional<TableDefinition> before, TableDefinition after) {
    return after;
  }

  /** A table deleted, under the catalog's lock and the table's write lock. */
  default void tableDeleted(Batch batch, TableDefinition definition) {}
}
