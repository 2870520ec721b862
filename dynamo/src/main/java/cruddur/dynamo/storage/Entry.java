package cruddur.dynamo.storage;

/** One key-value pair from a {@link Cursor}; the arrays are fresh copies owned by the caller. */
public record Entry(byte[] key, byte[] value) {}
