package cruddur.dynamo.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.WriteBatch;

/**
 * An ordered byte-key store on RocksDB. Safe for concurrent readers and writers; a lock only keeps
 * {@link #close} from freeing native memory under an operation in flight.
 */
public final class Store implements AutoCloseable {
  static {
    RocksDB.loadLibrary();
  }

  /** Where the in-memory database lives inside its private {@code RocksMemEnv}. */
  private static final String IN_MEMORY_PATH = "/cruddur-dynamo-in-memory";

  private final RocksDB db;
  private final StoreOptions options;
  private final boolean durable;
  private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private final Set<RocksCursor> openCursors = ConcurrentHashMap.newKeySet();
  private boolean closed;

  private Store(RocksDB db, StoreOptions options, boolean durable) {
    this.db = db;
    this.options = options;
    this.durable = durable;
  }

  /**
   * Opens (creating if missing) a store in {@code dir}; {@code syncEachWrite} fsyncs each write.
   */
  public static Store open(Path dir, boolean syncEachWrite) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StorageException("Cannot create " + dir, e);
    }
    return open(new StoreOptions(false, syncEachWrite), dir.toAbsolutePath().toString(), true);
  }

  /** A store held entirely in memory (RocksDB on a memory Env); its data dies with it. */
  public static Store inMemory() {
    return open(new StoreOptions(true, false), IN_MEMORY_PATH, false);
  }

  private static Store open(StoreOptions options, String path, boolean durable) {
    try {
      return new Store(RocksDB.open(options.options, path), options, durable);
    } catch (RocksDBException e) {
      options.close();
      throw new StorageException("Cannot open RocksDB at " + path, e);
    }
  }

  public Optional<byte[]> get(byte[] key) {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      return Optional.ofNullable(db.get(key));
    } catch (RocksDBException e) {
      throw new StorageException("Get failed", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Applies the batch atomically; on return it is in the write-ahead log. */
  public void write(Batch batch) {
    if (batch.isEmpty()) {
      return;
    }
    lifecycle.readLock().lock();
    try (WriteBatch wb = new WriteBatch()) {
      ensureOpen();
      for (Batch.Op op : batch.ops()) {
        if (op.value() == null) {
          wb.delete(op.key());
        } else {
          wb.put(op.key(), op.value());
        }
      }
      db.write(options.writeOptions, wb);
    } catch (RocksDBException e) {
      throw new StorageException("Write failed", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Iterates keys in {@code [fromInclusive, toExclusive)}, ascending or (if {@code reverse})
   * descending from the last key below {@code toExclusive}. A null bound is unbounded. The cursor
   * sees a consistent snapshot as of this call and must be closed.
   */
  public Cursor scan(byte[] fromInclusive, byte[] toExclusive, boolean reverse) {
    if (fromInclusive != null
        && toExclusive != null
        && KeyCodec.compare(fromInclusive, toExclusive) >= 0) {
      return EmptyCursor.INSTANCE;
    }
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      ReadOptions readOptions = new ReadOptions();
      Slice lower = fromInclusive == null ? null : new Slice(fromInclusive);
      Slice upper = toExclusive == null ? null : new Slice(toExclusive);
      if (lower != null) {
        readOptions.setIterateLowerBound(lower);
      }
      if (upper != null) {
        readOptions.setIterateUpperBound(upper);
      }
      RocksCursor cursor =
          new RocksCursor(
              db.newIterator(readOptions), readOptions, lower, upper, reverse, openCursors::remove);
      openCursors.add(cursor);
      return cursor;
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /**
   * Deletes every key in {@code [fromInclusive, toExclusive)} with one range tombstone. A null
   * {@code toExclusive} (as {@link KeyCodec#prefixEnd} returns for an all-0xFF prefix) means to the
   * last key present now.
   */
  public void deleteRange(byte[] fromInclusive, byte[] toExclusive) {
    lifecycle.readLock().lock();
    try {
      ensureOpen();
      byte[] to = toExclusive != null ? toExclusive : afterLastKey();
      if (to == null || KeyCodec.compare(fromInclusive, to) >= 0) {
        return;
      }
      db.deleteRange(options.writeOptions, fromInclusive, to);
    } catch (RocksDBException e) {
      throw new StorageException("Delete range failed", e);
    } finally {
      lifecycle.readLock().unlock();
    }
  }

  /** Closes open cursors, then the database; idempotent. */
  @Override
  public void close() {
    lifecycle.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      List<RocksCursor> cursors = new ArrayList<>(openCursors);
      cursors.forEach(RocksCursor::close);
      if (durable) {
        try {
          // Cheap, and makes a clean shutdown durable even without syncEachWrite.
          db.syncWal();
        } catch (RocksDBException e) {
          // Closing anyway: the WAL was written, only the final fsync failed.
        }
      }
      db.close();
      options.close();
    } finally {
      lifecycle.writeLock().unlock();
    }
  }

  /** The successor of the largest key, or null when the store is empty. */
  private byte[] afterLastKey() {
    try (RocksIterator it = db.newIterator()) {
      it.seekToLast();
      return it.isValid() ? KeyCodec.successor(it.key()) : null;
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("Store is closed");
    }
  }

  /** The cursor for an empty range, which needs no native resources. */
  private enum EmptyCursor implements Cursor {
    INSTANCE;

    @Override
    public boolean hasNext() {
      return false;
    }

    @Override
    public Entry next() {
      throw new NoSuchElementException();
    }

    @Override
    public void close() {}
  }
}
