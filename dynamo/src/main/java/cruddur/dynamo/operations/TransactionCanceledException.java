package cruddur.dynamo.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** A transaction that did not happen, with one reason per action, in request order. */
final class TransactionCanceledException extends DynamoException {
  private final List<CancellationReason> reasons;

  TransactionCanceledException(List<CancellationReason> reasons) {
    super(
        ErrorType.TRANSACTION_CANCELED,
        "Transaction cancelled, please refer cancellation"
            + " reasons for specific reasons ["
            + reasons.stream().map(CancellationReason::code).collect(Collectors.joining(", "))
            + "]");
    this.reasons = List.copyOf(reasons);
  }

  @Override
  public void writeExtra(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("CancellationReasons");
    for (CancellationReason r : reasons) {
      json.writeStartObject();
      json.writeStringField("Code", r.code());
      if (r.message() != null) {
        json.writeStringField("Message", r.message());
      }
      if (r.item().isPresent()) {
        json.writeFieldName("Item");
        AttributeValueJson.writeItem(json, r.item().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
