package cruddur.dynamo.server;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.ItemCodec;
import cruddur.dynamo.storage.KeyCodec;
import cruddur.dynamo.streams.StreamTrimmer;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.KeyLayout;
import cruddur.dynamo.table.Mutation;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableReader;
import cruddur.dynamo.table.TableWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes items whose TTL attribute (a number of epoch seconds) has passed, in the background, as
 * DynamoDB does; an item is re-checked under the table lock before it goes. On the same tick it has
 * stream records past retention removed, with the shards and streams they leave empty ({@link
 * StreamTrimmer}).
 */
final class TtlSweeper implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TtlSweeper.class);
  private static final long PERIOD_MILLIS = 1000;
  private static final BigDecimal FIVE_YEARS_SECONDS = BigDecimal.valueOf(5L * 365 * 24 * 3600);

  private final Catalog catalog;
  private final TableReader reader;
  private final TableWriter writer;
  private final Clock clock;
  private final StreamTrimmer streamTrimmer;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "dynamo-ttl");
            t.setDaemon(true);
            return t;
          });

  TtlSweeper(
      Catalog catalog,
      TableReader reader,
      TableWriter writer,
      Clock clock,
      StreamTrimmer streamTrimmer) {
    this.catalog = catalog;
    this.reader = reader;
    this.writer = writer;
    this.clock = clock;
    this.streamTrimmer = streamTrimmer;
  }

  void start() {
    executor.scheduleWithFixedDelay(
        this::sweepSafely, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Runs a sweep now, on the sweep's own thread (so never alongside another), and waits for it. */
  void sweepNow() {
    try {
      executor.submit(this::sweepSafely).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private void sweepSafely() {
    try {
      for (String name : catalog.names()) {
        catalog.find(name).ifPresent(this::sweep);
      }
      streamTrimmer.trim();
    } catch (RuntimeException e) {
      log.warn("TTL sweep failed: {}", e.toString());
    }
  }

  void sweep(Table table) {
    TableDefinition def = table.definition();
    Optional<String> ttl = def.ttl();
    if (ttl.isEmpty()) {
      return;
    }
    BigDecimal now = BigDecimal.valueOf(clock.millis() / 1000);
    List<Map<String, AttributeValue>> expired = new ArrayList<>();
    byte[] prefix = KeyLayout.prefix(def.id(), KeyLayout.BASE).build();
    try (Cursor cursor = reader.range(prefix, KeyCodec.prefixEnd(prefix), false)) {
      while (cursor.hasNext()) {
        Map<String, AttributeValue> item = ItemCodec.decode(cursor.next().value());
        if (isExpired(item.get(ttl.get()), now)) {
          expired.add(item);
        }
      }
    }
    for (Map<String, AttributeValue> item : expired) {
      table.writeLock().lock();
      try {
        Optional<Map<String, AttributeValue>> current =
            reader.get(table.definition(), KeyLayout.keyOf(def, Optional.empty(), item));
        if (current.isPresent() && isExpired(current.get().get(ttl.get()), now)) {
          writer.write(List.of(Mutation.expiry(table, current.get())));
        }
      } finally {
        table.writeLock().unlock();
      }
    }
  }

  /**
   * Past its time but not more than five years past it: DynamoDB ignores older TTL values, which
   * are more likely milliseconds or mistakes than real expiry times.
   */
  private static boolean isExpired(AttributeValue value, BigDecimal now) {
    return value instanceof AttributeValue.N n
        && n.value().compareTo(now) < 0
        && n.value().compareTo(now.subtract(FIVE_YEARS_SECONDS)) >= 0;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
