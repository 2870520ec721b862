package cruddur.dynamo.table;

/**
 * A secondary index. {@code number} is its storage id within the table (1..255), stable for the
 * index's life; {@code global} tells a GSI from an LSI; {@code status} is ACTIVE, CREATING or
 * DELETING as DescribeTable reports it, and {@code backfilling} is true while a GSI added to an
 * existing table is still being filled with the table's items (it is CREATING until then).
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

  public static final String ACTIVE = "ACTIVE";
  public static final String CREATING = "CREATING";

  /** True when the index holds an entry for every item it should and can be read. */
  public boolean isActive() {
    return status.equals(ACTIVE);
  }

  public IndexDefinition withThroughput(Throughput newThroughput) {
    return new IndexDefinition(
        name, number, global, key, projection, newThroughput, status, backfilling);
  }

  /** This index as UpdateTable adds it: CREATING, and backfilling until every item is in it. */
  public IndexDefinition creating() {
    return new IndexDefinition(name, number, global, key, projection, throughput, CREATING, true);
  }

  /** This index with its backfill done: ACTIVE. */
  public IndexDefinition activated() {
    return new IndexDefinition(name, number, global, key, projection, throughput, ACTIVE, false);
  }
}
