package cruddur.dynamo.table;

/** Provisioned read and write capacity units (zero under PAY_PER_REQUEST). */
public record Throughput(
    long read,
    long write,
    long lastIncreaseEpochSeconds,
    long lastDecreaseEpochSeconds,
    long decreasesToday) {
  public static final Throughput NONE = new Throughput(0, 0, 0, 0, 0);

  public static Throughput of(long read, long write) {
    return new Throughput(read, write, 0, 0, 0);
  }
}
