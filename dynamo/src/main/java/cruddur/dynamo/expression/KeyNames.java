package cruddur.dynamo.expression;

import java.util.Objects;
import java.util.Optional;

/** The key attribute names of the table or index an expression is evaluated against. */
public record KeyNames(String hashKey, Optional<String> rangeKey) {
  public KeyNames {
    Objects.requireNonNull(hashKey, "hashKey");
    Objects.requireNonNull(rangeKey, "rangeKey");
  }

  /** Whether the name is the hash or the range key. */
  public boolean isKey(String name) {
    return hashKey.equals(name) || rangeKey.map(name::equals).orElse(false);
  }
}
