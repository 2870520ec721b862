package cruddur.web;

import java.time.Duration;

/**
 * One user's allowance of sends: {@code capacity} at once, refilled at {@code perSecond}. Not a
 * clock of its own: callers pass the time, in nanoseconds.
 */
final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private double tokens;
  private long updatedAt;

  TokenBucket(int capacity, double perSecond, long now) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one token if there is one; otherwise how long until there will be. */
  synchronized Duration take(long now) {
    tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
    updatedAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
  }
}
