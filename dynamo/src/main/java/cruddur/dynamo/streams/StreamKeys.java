package cruddur.dynamo.streams;

import cruddur.dynamo.storage.KeyBuilder;
import cruddur.dynamo.table.KeyLayout;
import java.nio.ByteBuffer;

/**
 * Where stream records live: {@code [table id][0xFF][sequence number, 8 bytes big-endian]}, the
 * last slot of the table's key range (index numbers stay far below it), so a table's records are
 * one ordered range, in the order they were written. Deleting a table leaves this slot: the records
 * go when they are past retention ({@link StreamTrimmer}). Which stream and shard a record belongs
 * to follows from its sequence number ({@link Shard}).
 */
final class StreamKeys {
  private StreamKeys() {}

  static byte[] key(int tableId, long sequence) {
    return new KeyBuilder().u32(tableId).u8(KeyLayout.STREAM_SLOT).raw(longBytes(sequence)).build();
  }

  static byte[] first(int tableId) {
    return new KeyBuilder().u32(tableId).u8(KeyLayout.STREAM_SLOT).build();
  }

  /** The first key after every record of the table. */
  static byte[] end(int tableId) {
    return new KeyBuilder().u32(tableId + 1).build();
  }

  /** The first key after the table's records up to {@code sequence} (inclusive). */
  static byte[] after(int tableId, long sequence) {
    return sequence == Long.MAX_VALUE ? end(tableId) : key(tableId, sequence + 1);
  }

  static long sequence(byte[] key) {
    return ByteBuffer.wrap(key, key.length - Long.BYTES, Long.BYTES).getLong();
  }

  private static byte[] longBytes(long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }
}
