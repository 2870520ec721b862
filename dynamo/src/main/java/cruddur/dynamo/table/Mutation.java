package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/** One item's change: what was there (if anything) and what will be (nothing = delete). */
public record Mutation(
    Table table,
    Optional<Map<String, AttributeValue>> oldItem,
    Optional<Map<String, AttributeValue>> newItem) {}
