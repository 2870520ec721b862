package cruddur.dynamo.storage;

import java.util.Iterator;

/** Ordered iteration over a key range of a {@link Store}; must be closed to free native memory. */
public interface Cursor extends AutoCloseable, Iterator<Entry> {
  @Override
  void close();
}
