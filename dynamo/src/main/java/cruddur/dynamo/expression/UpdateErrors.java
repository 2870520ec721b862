package cruddur.dynamo.expression;

import cruddur.dynamo.protocol.DynamoException;

/** The errors DynamoDB raises while applying an update to an item. */
final class UpdateErrors {
  private UpdateErrors() {}

  static DynamoException invalidPath() {
    return DynamoException.validation(
        "The document path provided in the update expression is invalid for update");
  }

  static DynamoException missingAttribute() {
    return DynamoException.validation(
        "The provided expression refers to an attribute that does not exist in the item");
  }

  static DynamoException wrongType() {
    return DynamoException.validation(
        "An operand in the update expression has an incorrect data type");
  }
}
