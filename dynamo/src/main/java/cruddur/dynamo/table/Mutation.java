package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * One item's change: what was there (if anything) and what will be (nothing = delete), and whether
 * the service made it on its own (a TTL expiry) rather than a client.
 */
public record Mutation(
    Table table,
    Optional<Map<String, AttributeValue>> oldItem,
    Optional<Map<String, AttributeValue>> newItem,
    boolean byService) {

  /** A change a client asked for. */
  public Mutation(
      Table table,
      Optional<Map<String, AttributeValue>> oldItem,
      Optional<Map<String, AttributeValue>> newItem) {
    this(table, oldItem, newItem, false);
  }

  /** The removal of an item whose time to live has passed. */
  public static Mutation expiry(Table table, Map<String, AttributeValue> item) {
    return new Mutation(table, Optional.of(item), Optional.empty(), true);
  }
}
