package cruddur.dynamo.streams;

import cruddur.dynamo.storage.KeyBuilder;
import java.nio.ByteBuffer;

/**
 * Where stream records live: {@code [table id][0xFF][sequence number, 8 bytes big-endian]}, the
 * last slot of the table's key range (index numbers stay far below it), so a table's records are
 * one ordered range and are removed with the table.
 */
final class StreamKeys {
  static final int SLOT = 0xFF;

  private StreamKeys() {}

  static byte[] key(int tableId, long sequence) {
    return new KeyBuilder().u32(tableId).u8(SLOT).raw(longBytes(sequence)).build();
  }

  static byte[] first(int tableId) {
    return new KeyBuilder().u32(tableId).u8(SLOT).build();
  }

  /** The first key after every record of the table. */
  static byte[] end(int tableId) {
    return new KeyBuilder().u32(tableId + 1).build();
  }

  static long sequence(byte[] key) {
    return ByteBuffer.wrap(key, key.length - Long.BYTES, Long.BYTES).getLong();
  }

  private static byte[] longBytes(long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }
}
