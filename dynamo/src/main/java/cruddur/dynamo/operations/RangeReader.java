package cruddur.dynamo.operations;

import cruddur.dynamo.expression.Condition;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.ItemCodec;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.KeyLayout;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Walks a key range of a table or index and builds one page, stopping at the item Limit or after 1
 * MB of data read, as DynamoDB does; the filter applies after the limit is counted.
 */
final class RangeReader {
  static final long PAGE_BYTES = 1024 * 1024;

  private final TableReader reader;

  RangeReader(TableReader reader) {
    this.reader = reader;
  }

  /** What to read and how: range, direction, limit, filters and per-item transformation. */
  record Plan(
      TableDefinition table,
      Optional<IndexDefinition> index,
      byte[] from,
      byte[] to,
      boolean reverse,
      int limit,
      Predicate<Map<String, AttributeValue>> segment,
      Optional<Condition> filter,
      UnaryOperator<Map<String, AttributeValue>> resolve,
      UnaryOperator<Map<String, AttributeValue>> project,
      boolean keepItems) {}

  ReadPage read(Plan plan) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    int count = 0;
    int scanned = 0;
    long bytes = 0;
    Map<String, AttributeValue> last = null;
    boolean more = false;
    try (Cursor cursor = reader.range(plan.from(), plan.to(), plan.reverse())) {
      while (cursor.hasNext()) {
        Entry entry = cursor.next();
        Map<String, AttributeValue> stored = ItemCodec.decode(entry.value());
        if (!plan.segment().test(stored)) {
          continue;
        }
        Map<String, AttributeValue> item = plan.resolve().apply(stored);
        scanned++;
        bytes += ItemSize.of(item);
        last = stored;
        if (plan.filter().isEmpty() || plan.filter().get().test(item)) {
          count++;
          if (plan.keepItems()) {
            items.add(plan.project().apply(item));
          }
        }
        if (scanned >= plan.limit() || bytes >= PAGE_BYTES) {
          more = true;
          break;
        }
      }
    }
    Map<String, AttributeValue> resumeFrom = last;
    Optional<Map<String, AttributeValue>> lastKey =
        more
            ? Optional.of(KeyLayout.keyOf(plan.table(), plan.index(), resumeFrom))
            : Optional.empty();
    return new ReadPage(items, count, scanned, lastKey, bytes);
  }
}
