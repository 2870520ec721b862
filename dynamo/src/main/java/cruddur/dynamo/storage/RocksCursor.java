package cruddur.dynamo.storage;

import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;

/**
 * A {@link Cursor} over a RocksDB iterator bounded by {@code iterate_lower_bound} and {@code
 * iterate_upper_bound}, so RocksDB stops at the bounds instead of scanning past them. Methods are
 * synchronized only so that {@link Store#close} can close a cursor another thread is using.
 */
final class RocksCursor implements Cursor {
  private final RocksIterator iterator;
  private final ReadOptions readOptions;
  private final Slice lower;
  private final Slice upper;
  private final boolean reverse;
  private final Consumer<RocksCursor> onClose;
  private boolean closed;

  RocksCursor(
      RocksIterator iterator,
      ReadOptions readOptions,
      Slice lower,
      Slice upper,
      boolean reverse,
      Consumer<RocksCursor> onClose) {
    this.iterator = iterator;
    this.readOptions = readOptions;
    this.lower = lower;
    this.upper = upper;
    this.reverse = reverse;
    this.onClose = onClose;
    // With bounds set, these position at the first key >= lower or the last key < upper.
    if (reverse) {
      iterator.seekToLast();
    } else {
      iterator.seekToFirst();
    }
  }

  @Override
  public synchronized boolean hasNext() {
    if (closed) {
      return false;
    }
    if (iterator.isValid()) {
      return true;
    }
    try {
      iterator.status();
    } catch (RocksDBException e) {
      close();
      throw new StorageException("Iteration failed", e);
    }
    // Exhausted: free native memory now rather than waiting for the caller's close.
    close();
    return false;
  }

  @Override
  public synchronized Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entry entry = new Entry(iterator.key(), iterator.value());
    if (reverse) {
      iterator.prev();
    } else {
      iterator.next();
    }
    return entry;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    iterator.close();
    readOptions.close();
    if (lower != null) {
      lower.close();
    }
    if (upper != null) {
      upper.close();
    }
    onClose.accept(this);
  }
}
