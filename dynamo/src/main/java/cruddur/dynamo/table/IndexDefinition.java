package cruddur.dynamo.table;

/**
 * A secondary index. {@code number} is its storage id within the table (1..255), stable for the
 * index's life; {@code global} tells a GSI from an LSI; {@code status} is ACTIVE, CREATING or
 * DELETING as DescribeTable reports it.
 */
public record IndexDefinition(
    String name,
    int number,
    boolean global,
    KeySchema key,
    Projection projection,
    Throughput throughput,
    String status,
    boolean backfilling) {

  public IndexDefinition withThroughput(Throughput newThroughput) {
    return new IndexDefinition(
        name, number, global, key, projection, newThroughput, status, backfilling);
  }
}
