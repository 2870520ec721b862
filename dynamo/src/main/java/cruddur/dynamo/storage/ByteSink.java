package cruddur.dynamo.storage;

import java.util.Arrays;

/** A growable byte buffer; unsynchronised, unlike {@link java.io.ByteArrayOutputStream}. */
final class ByteSink {
  private byte[] buf;
  private int size;

  ByteSink(int initialCapacity) {
    buf = new byte[Math.max(initialCapacity, 8)];
  }

  int size() {
    return size;
  }

  ByteSink put(int b) {
    ensure(1);
    buf[size++] = (byte) b;
    return this;
  }

  ByteSink put(byte[] bytes) {
    return put(bytes, 0, bytes.length);
  }

  ByteSink put(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buf, size, length);
    size += length;
    return this;
  }

  ByteSink putU32(int value) {
    ensure(4);
    buf[size++] = (byte) (value >>> 24);
    buf[size++] = (byte) (value >>> 16);
    buf[size++] = (byte) (value >>> 8);
    buf[size++] = (byte) value;
    return this;
  }

  /** Unsigned LEB128: 7 bits a byte, high bit set on all but the last. */
  ByteSink putVarint(long value) {
    ensure(10);
    while ((value & ~0x7FL) != 0) {
      buf[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    buf[size++] = (byte) value;
    return this;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int extra) {
    if (size + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
    }
  }
}
