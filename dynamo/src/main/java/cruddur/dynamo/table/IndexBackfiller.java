package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.ItemCodec;
import cruddur.dynamo.storage.KeyCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the global secondary indexes UpdateTable adds to existing tables, in the background on a
 * thread of its own, a chunk of base items at a time in key order. Each chunk is read and indexed
 * under the table's write lock (so each item is indexed as it is then) and written in one batch
 * with the index's counters and the last base key done; the lock is let go between chunks, so
 * writes go on (they keep the part of the index already filled, see {@link TableWriter}). When
 * every item is in, the index becomes ACTIVE. A crash or a stop loses nothing: {@link #wake} on
 * start resumes every index still backfilling after its last durable chunk.
 */
public final class IndexBackfiller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IndexBackfiller.class);
  private static final int CHUNK = 1000;

  /** Longest a chunk waits for writers queued on the table's lock to go first. */
  private static final int MAX_YIELD_MILLIS = 100;

  /**
   * Told before each chunk of an index's backfill (numbered from 0 each time this engine takes it
   * up), off the table's lock; tests hold a backfill part way with it.
   */
  @FunctionalInterface
  public interface Hook {
    Hook NONE = (table, index, chunk) -> {};

    void beforeChunk(String table, String index, int chunk) throws InterruptedException;
  }

  private final Catalog catalog;
  private final TableReader reader;
  private final TableWriter writer;
  private final Hook hook;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "dynamo-backfill");
            t.setDaemon(true);
            return t;
          });

  public IndexBackfiller(Catalog catalog, TableReader reader, TableWriter writer, Hook hook) {
    this.catalog = catalog;
    this.reader = reader;
    this.writer = writer;
    this.hook = hook;
  }

  /** Backfills, in the background, every index that is backfilling now. */
  public void wake() {
    try {
      executor.execute(this::backfillAll);
    } catch (RejectedExecutionException e) {
      // Stopping: whatever is left resumes on the next start.
    }
  }

  private void backfillAll() {
    try {
      for (String name : catalog.names()) {
        Optional<Table> table = catalog.find(name);
        if (table.isPresent()) {
          backfill(table.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("index backfill failed, it resumes on the next start: {}", e.toString());
    }
  }

  private void backfill(Table table) throws InterruptedException {
    Optional<IndexDefinition> index;
    while ((index = firstBackfilling(table)).isPresent()) {
      String name = index.get().name();
      for (int chunk = 0; ; chunk++) {
        hook.beforeChunk(table.name(), name, chunk);
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        if (!nextChunk(table, name)) {
          break;
        }
      }
    }
  }

  private Optional<IndexDefinition> firstBackfilling(Table table) {
    if (!exists(table)) {
      return Optional.empty();
    }
    return table.definition().indexes().stream().filter(IndexDefinition::backfilling).findFirst();
  }

  /** False once the table is deleted (a table of the same name made since is another table). */
  private boolean exists(Table table) {
    return catalog.find(table.name()).orElse(null) == table;
  }

  /** Indexes the next chunk; false when there is nothing more to do for this index. */
  private boolean nextChunk(Table table, String indexName) throws InterruptedException {
    ReentrantLock lock = table.writeLock();
    letQueuedWritersIn(lock);
    lock.lock();
    try {
      Optional<IndexDefinition> index =
          table.definition().index(indexName).filter(IndexDefinition::backfilling);
      if (!exists(table) || index.isEmpty()) {
        return false; // the table or the index was deleted meanwhile
      }
      TableDefinition def = table.definition();
      byte[] prefix = KeyLayout.prefix(def.id(), KeyLayout.BASE).build();
      byte[] from =
          table.backfilledThrough(index.get().number()).map(KeyCodec::successor).orElse(prefix);
      List<Map<String, AttributeValue>> items = new ArrayList<>();
      byte[] last = null;
      try (Cursor cursor = reader.range(from, KeyCodec.prefixEnd(prefix), false)) {
        while (items.size() < CHUNK && cursor.hasNext()) {
          Entry e = cursor.next();
          items.add(ItemCodec.decode(e.value()));
          last = e.key();
        }
      }
      if (!items.isEmpty()) {
        writer.backfill(table, index.get(), items, last);
      }
      if (items.size() < CHUNK) {
        catalog.completeBackfill(table, index.get());
        return false;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The table's lock is not fair: released and taken straight back, it would keep queued writers
   * waiting for the whole backfill. So writers already waiting go first, for a moment at most.
   */
  private static void letQueuedWritersIn(ReentrantLock lock) throws InterruptedException {
    for (int i = 0; i < MAX_YIELD_MILLIS && lock.hasQueuedThreads(); i++) {
      Thread.sleep(1);
    }
  }

  /** Stops the backfill after the chunk in hand; it resumes from there on the next start. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("index backfill did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
