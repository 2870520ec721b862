package cruddur.web;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How fast each user may send messages: a token bucket per user. The default, a burst of 20 then 5
 * per second, is far above anyone typing (or pasting a few lines) and far below a script flooding a
 * conversation; each send is one DynamoDB write and one stream record for everyone.
 */
public final class SendLimit {
  public static final SendLimit DEFAULT = new SendLimit(20, 5, System::nanoTime);

  private final int burst;
  private final double perSecond;
  private final LongSupplier nanos;
  private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();

  public SendLimit(int burst, double perSecond, LongSupplier nanos) {
    if (burst < 1 || perSecond <= 0) {
      throw new IllegalArgumentException(
          "a send limit needs a burst of 1 or more and a rate above 0");
    }
    this.burst = burst;
    this.perSecond = perSecond;
    this.nanos = nanos;
  }

  /** Zero if {@code user} may send now; otherwise how long to wait. */
  public Duration take(UUID user) {
    long now = nanos.getAsLong();
    if (buckets.size() > 100_000) {
      // A bound on memory: forgetting gives everyone a fresh burst, once in a long while.
      buckets.clear();
    }
    return buckets.computeIfAbsent(user, u -> new TokenBucket(burst, perSecond, now)).take(now);
  }

  public int burst() {
    return burst;
  }

  public double perSecond() {
    return perSecond;
  }
}
