package cruddur.dynamo.operations;

import cruddur.dynamo.item.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Why one action of a cancelled transaction failed, or {@code None} if it did not. */
record CancellationReason(String code, String message, Optional<Map<String, AttributeValue>> item) {
  static final CancellationReason NONE = new CancellationReason("None", null, Optional.empty());

  /** An action that broke a rule DynamoDB checks per action. */
  static CancellationReason validationError(String message) {
    return new CancellationReason("ValidationError", message, Optional.empty());
  }

  /** Cancels the transaction if any action has a reason other than {@link #NONE}. */
  static void cancelIfAnyFailed(List<CancellationReason> reasons) {
    if (reasons.stream().anyMatch(r -> r != NONE)) {
      throw new TransactionCanceledException(reasons);
    }
  }
}
