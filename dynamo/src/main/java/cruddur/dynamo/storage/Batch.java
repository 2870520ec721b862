package cruddur.dynamo.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts and deletes applied atomically by {@link Store#write}. Plain Java until written, so an
 * abandoned batch holds no native memory. Arrays passed in must not be modified afterwards.
 */
public final class Batch {
  /** One operation; a null value means delete. */
  record Op(byte[] key, byte[] value) {}

  private final List<Op> ops = new ArrayList<>();

  public Batch put(byte[] key, byte[] value) {
    ops.add(new Op(Objects.requireNonNull(key), Objects.requireNonNull(value)));
    return this;
  }

  public Batch delete(byte[] key) {
    ops.add(new Op(Objects.requireNonNull(key), null));
    return this;
  }

  public boolean isEmpty() {
    return ops.isEmpty();
  }

  public int size() {
    return ops.size();
  }

  List<Op> ops() {
    return ops;
  }
}
