package cruddur.messages;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whether the messages table is there, as the API last found it. The repositories built with it
 * report every call they make on the table, and the health check asks it: {@link #check()} reads
 * the table itself when it has not done so for an interval. An outage (the table dropped while the
 * API runs) is logged in one line when first met and one when it ends, however many requests meet
 * it. Thread-safe.
 */
public final class MessagesTableStatus {
  /** How often, at most, the health check reads the table. */
  public static final Duration CHECK_EVERY = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(MessagesTableStatus.class);

  // A GetItem of a key no item has: as cheap as a real read gets, and an action the API's IAM
  // policy already allows (DescribeTable is not among them).
  private static final Map<String, AttributeValue> NO_ITEM = MessageItems.key("HEALTH#check", "-");

  private final String tableName;
  private final MessagesTable table;
  private final long checkEveryNanos;
  private final AtomicLong nextCheck = new AtomicLong(System.nanoTime());
  private final AtomicReference<MessagesTableMissing> missing = new AtomicReference<>();

  public MessagesTableStatus(DynamoDbClient client, String tableName, Duration checkEvery) {
    this.tableName = tableName;
    this.table = new MessagesTable(client, tableName, Optional.of(this));
    this.checkEveryNanos = checkEvery.toNanos();
  }

  /**
   * Why the table cannot be used, if it cannot: read afresh when the last look at it is older than
   * the interval, else as last seen.
   */
  public Optional<MessagesTableMissing> check() {
    long due = nextCheck.get();
    long now = System.nanoTime();
    if (now - due >= 0 && nextCheck.compareAndSet(due, now + checkEveryNanos)) {
      try {
        table.get(NO_ITEM);
      } catch (MessagesTableMissing e) {
        // reported by the table, as every call is
      } catch (RuntimeException e) {
        nextCheck.set(now); // DynamoDB did not answer: nothing learned, ask again next time
        throw e;
      }
    }
    return Optional.ofNullable(missing.get());
  }

  /** A call on the table succeeded. */
  void found() {
    if (missing.get() != null && missing.getAndSet(null) != null) {
      LOG.warn("DynamoDB table \"{}\" is there again: the API answers as before", tableName);
    }
  }

  /** A call on the table found no table. */
  void lost(MessagesTableMissing e) {
    if (missing.compareAndSet(null, e)) {
      LOG.warn("{}; until then the API answers 503", e.getMessage());
    }
  }
}
