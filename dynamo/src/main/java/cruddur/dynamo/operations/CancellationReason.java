package cruddur.dynamo.operations;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/** Why one action of a cancelled transaction failed, or {@code None} if it did not. */
record CancellationReason(String code, String message, Optional<Map<String, AttributeValue>> item) {
  static final CancellationReason NONE = new CancellationReason("None", null, Optional.empty());
}
