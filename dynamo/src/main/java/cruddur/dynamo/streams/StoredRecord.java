package cruddur.dynamo.streams;

import java.nio.charset.StandardCharsets;

/**
 * A stream record as stored: one header byte (the event name, and a flag for changes the service
 * made itself, i.e. TTL expiries), then the JSON of the record's {@code dynamodb} member.
 */
record StoredRecord(long sequence, String eventName, boolean byService, String dynamodbJson) {
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
        new String(value, 1, value.length - 1, StandardCharsets.UTF_8));
  }
}
