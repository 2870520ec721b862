package cruddur.dynamo.streams;

import java.nio.charset.StandardCharsets;

/**
 * A stream record as stored: one byte for the event name, then the JSON of the record's {@code
 * dynamodb} member.
 */
record StoredRecord(long sequence, String eventName, String dynamodbJson) {
  private static final String[] NAMES = {"INSERT", "MODIFY", "REMOVE"};

  static int eventCode(String eventName) {
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(eventName)) {
        return i;
      }
    }
    throw new IllegalArgumentException(eventName);
  }

  static StoredRecord read(byte[] key, byte[] value) {
    return new StoredRecord(
        StreamKeys.sequence(key),
        NAMES[value[0]],
        new String(value, 1, value.length - 1, StandardCharsets.UTF_8));
  }
}
