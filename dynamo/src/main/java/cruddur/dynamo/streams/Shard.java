package cruddur.dynamo.streams;

/**
 * A shard of a stream: the range of sequence numbers from {@code start} to {@code end} (inclusive)
 * of its table's records. The open shard (the last of an enabled stream) has no end yet. A shard is
 * closed when its stream is disabled or its table deleted, or when it has been open for the
 * rollover period, and then a child opens where it ends. A closed shard is kept until {@code
 * expiresMillis}: 24 hours after its last record (or after it closed, when it holds none). The id
 * is {@code shardId-<start, 20 digits>-<table id, 8 hex digits>}: each shard's start is a sequence
 * number reserved for it alone, so ids are unique, and those of a stream sort in its shards' order.
 */
record Shard(
    String id, long start, long end, String parentId, long openedMillis, long expiresMillis) {
  static final long OPEN = Long.MAX_VALUE;

  /** A new open shard starting at a sequence number reserved for it. */
  static Shard open(int tableId, long start, String parentId, long now) {
    return new Shard(
        String.format("shardId-%020d-%08x", start, tableId), start, OPEN, parentId, now, 0);
  }

  boolean isOpen() {
    return end == OPEN;
  }

  /** Closed, and its records (if it had any) are all past retention. */
  boolean expired(long now) {
    return !isOpen() && expiresMillis < now;
  }

  Shard close(long lastSequence, long expires) {
    return new Shard(id, start, lastSequence, parentId, openedMillis, expires);
  }
}
