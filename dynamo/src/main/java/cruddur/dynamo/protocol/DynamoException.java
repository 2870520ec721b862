package cruddur.dynamo.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import cruddur.dynamo.item.AttributeValue;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * An error DynamoDB reports to its client: a {@code __type} name and a message, sent as HTTP 400
 * (or 500 for {@link ErrorType#INTERNAL_SERVER_ERROR}).
 */
public class DynamoException extends RuntimeException {
  private final ErrorType type;

  public DynamoException(ErrorType type, String message) {
    super(message, null, false, false);
    this.type = type;
  }

  public ErrorType type() {
    return type;
  }

  /** The item to return with the error, for a failed condition that asked for it. */
  public Optional<Map<String, AttributeValue>> item() {
    return Optional.empty();
  }

  /**
   * Writes fields beyond {@code __type}, {@code message} and {@code Item}, if the error has any.
   */
  public void writeExtra(JsonGenerator json) throws IOException {}

  public static DynamoException validation(String message) {
    return new DynamoException(ErrorType.VALIDATION, message);
  }

  public static DynamoException resourceNotFound(String message) {
    return new DynamoException(ErrorType.RESOURCE_NOT_FOUND, message);
  }

  public static DynamoException resourceInUse(String message) {
    return new DynamoException(ErrorType.RESOURCE_IN_USE, message);
  }

  public static DynamoException serialization(String message) {
    return new DynamoException(ErrorType.SERIALIZATION, message);
  }
}
