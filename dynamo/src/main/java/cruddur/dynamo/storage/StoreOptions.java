package cruddur.dynamo.storage;

import java.util.ArrayList;
import java.util.List;
import org.rocksdb.AbstractNativeReference;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.Env;
import org.rocksdb.InfoLogLevel;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksMemEnv;
import org.rocksdb.WriteOptions;

/**
 * The RocksDB tuning for this server, and owner of the native handles it allocates, which must
 * outlive the database and be closed after it.
 */
final class StoreOptions implements AutoCloseable {
  private static final long BLOCK_CACHE_BYTES = 64L << 20;
  private static final long WRITE_BUFFER_BYTES = 16L << 20;

  private final List<AbstractNativeReference> handles = new ArrayList<>();
  final Options options;
  final WriteOptions writeOptions;

  StoreOptions(boolean inMemory, boolean syncEachWrite) {
    LRUCache cache = track(new LRUCache(BLOCK_CACHE_BYTES));
    BloomFilter bloom = track(new BloomFilter(10));
    BlockBasedTableConfig table =
        new BlockBasedTableConfig()
            .setBlockCache(cache)
            // Point gets (GetItem, conditional writes) skip SST files that lack the key.
            .setFilterPolicy(bloom)
            // Filters and indexes live beside the table readers, not in the block cache: cached
            // there, they were evicted by data blocks once a table passed a million items, and
            // every get of a missing key (each new item's read-before-write) fell to ~200 µs.
            .setCacheIndexAndFilterBlocks(false)
            .setOptimizeFiltersForMemory(true);
    options =
        track(
            new Options()
                .setCreateIfMissing(true)
                .setTableFormatConfig(table)
                // Two cores: one flush and one compaction at a time is plenty.
                .setMaxBackgroundJobs(2)
                .setWriteBufferSize(WRITE_BUFFER_BYTES)
                .setMaxWriteBufferNumber(3)
                .setMaxTotalWalSize(4 * WRITE_BUFFER_BYTES)
                .setLevelCompactionDynamicLevelBytes(true)
                // LZ4 at every level: cheap to decompress on reads and to compact on 2 cores.
                .setCompressionType(CompressionType.LZ4_COMPRESSION)
                .setBytesPerSync(1L << 20)
                // The LOG file is for RocksDB developers; keep it to a small header.
                .setInfoLogLevel(InfoLogLevel.HEADER_LEVEL)
                .setMaxLogFileSize(1L << 20)
                .setKeepLogFileNum(2)
                .setStatsDumpPeriodSec(0)
                .setStatsPersistPeriodSec(0));
    if (inMemory) {
      Env env = track(new RocksMemEnv(Env.getDefault()));
      options.setEnv(env);
    }
    // WAL stays on: an acknowledged write is in the OS's hands and survives kill -9; sync adds
    // an fsync per write so it also survives power loss.
    writeOptions = track(new WriteOptions().setSync(syncEachWrite).setDisableWAL(false));
  }

  private <T extends AbstractNativeReference> T track(T handle) {
    handles.add(handle);
    return handle;
  }

  /** Closes handles newest first, so nothing is freed while something using it is still open. */
  @Override
  public void close() {
    for (int i = handles.size() - 1; i >= 0; i--) {
      handles.get(i).close();
    }
    handles.clear();
  }
}
