package cruddur.dynamo.table;

import java.util.List;

/** Which attributes a secondary index copies: ALL, KEYS_ONLY or INCLUDE with named ones. */
public record Projection(String type, List<String> nonKeyAttributes) {
  public Projection {
    nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
  }

  public static Projection all() {
    return new Projection("ALL", List.of());
  }
}
