package cruddur.dynamo.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Maps an {@code X-Amz-Target} header to its operation. */
public final class Dispatcher {
  private final Map<String, Operation> operations = new HashMap<>();

  /** Registers {@code operation} under {@code prefix.name}, e.g. DynamoDB_20120810.GetItem. */
  public Dispatcher register(String prefix, String name, Operation operation) {
    operations.put(prefix + "." + name, operation);
    return this;
  }

  public Optional<Operation> find(String target) {
    return target == null ? Optional.empty() : Optional.ofNullable(operations.get(target));
  }
}
