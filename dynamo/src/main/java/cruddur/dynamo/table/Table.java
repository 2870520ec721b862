package cruddur.dynamo.table;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A live table: its current definition, the lock that serialises its writes (so conditions, index
 * entries and counters change together), its item count and size, and how far the backfill of each
 * new index has got.
 */
public final class Table {
  private volatile TableDefinition definition;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final AtomicLong[] itemCounts = new AtomicLong[256];
  private final AtomicLong[] sizes = new AtomicLong[256];
  private final AtomicReferenceArray<byte[]> backfilledThrough = new AtomicReferenceArray<>(256);

  Table(TableDefinition definition) {
    this.definition = definition;
    for (int i = 0; i < 256; i++) {
      itemCounts[i] = new AtomicLong();
      sizes[i] = new AtomicLong();
    }
  }

  public TableDefinition definition() {
    return definition;
  }

  void definition(TableDefinition newDefinition) {
    this.definition = newDefinition;
  }

  public String name() {
    return definition.name();
  }

  public ReentrantLock writeLock() {
    return writeLock;
  }

  /** Items in the table ({@code index} 0) or in one of its indexes. */
  public long itemCount(int index) {
    return itemCounts[index].get();
  }

  /** Bytes in the table ({@code index} 0) or in one of its indexes. */
  public long sizeBytes(int index) {
    return sizes[index].get();
  }

  void addCounts(int index, long items, long bytes) {
    itemCounts[index].addAndGet(items);
    sizes[index].addAndGet(bytes);
  }

  void resetCounts(int index) {
    itemCounts[index].set(0);
    sizes[index].set(0);
  }

  /**
   * The storage key of the last base item a backfilling index has been filled with: the index is
   * complete up to it. Empty before the first chunk, and once the index is ACTIVE.
   */
  public Optional<byte[]> backfilledThrough(int index) {
    return Optional.ofNullable(backfilledThrough.get(index));
  }

  void backfilledThrough(int index, byte[] baseKey) {
    backfilledThrough.set(index, baseKey);
  }

  /** Tables are ACTIVE from creation until deletion here: nothing is provisioned. */
  public String status() {
    return "ACTIVE";
  }
}
