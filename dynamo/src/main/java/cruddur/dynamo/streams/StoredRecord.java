package cruddur.dynamo.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A stream record as stored: one header byte (the event name, and a flag for changes the service
 * made itself, i.e. TTL expiries), the time it was written (epoch milliseconds, 8 bytes), then the
 * JSON of the record's {@code dynamodb} member.
 */
record StoredRecord(
    long sequence, String eventName, boolean byService, long createdMillis, String dynamodbJson) {
  static final int JSON_OFFSET = 1 + Long.BYTES;

  private static final String[] NAMES = {"INSERT", "MODIFY", "REMOVE"};
  private static final int BY_SERVICE = 0x80;

  static int header(String eventName, boolean byService) {
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(eventName)) {
        return i | (byService ? BY_SERVICE : 0);
      }
    }
    throw new IllegalArgumentException(eventName);
  }

  static StoredRecord read(byte[] key, byte[] value) {
    return new StoredRecord(
        StreamKeys.sequence(key),
        NAMES[value[0] & ~BY_SERVICE & 0xFF],
        (value[0] & BY_SERVICE) != 0,
        createdMillis(value),
        new String(value, JSON_OFFSET, value.length - JSON_OFFSET, StandardCharsets.UTF_8));
  }

  /** The view type the record was written with. */
  String viewType() {
    String field = "\"StreamViewType\":\"";
    int at = dynamodbJson.lastIndexOf(field) + field.length();
    return dynamodbJson.substring(at, dynamodbJson.indexOf('"', at));
  }

  /** When the stored record was written, without decoding the rest. */
  static long createdMillis(byte[] value) {
    return ByteBuffer.wrap(value, 1, Long.BYTES).getLong();
  }
}
