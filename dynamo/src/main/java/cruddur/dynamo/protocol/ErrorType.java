package cruddur.dynamo.protocol;

/** DynamoDB's error types, with the namespace their {@code __type} carries on the wire. */
public enum ErrorType {
  VALIDATION("com.amazon.coral.validate#ValidationException", 400),
  SERIALIZATION("com.amazon.coral.service#SerializationException", 400),
  UNKNOWN_OPERATION("com.amazon.coral.service#UnknownOperationException", 400),
  INCOMPLETE_SIGNATURE("com.amazon.coral.service#IncompleteSignatureException", 400),
  MISSING_AUTHENTICATION_TOKEN("com.amazon.coral.service#MissingAuthenticationTokenException", 400),
  RESOURCE_NOT_FOUND("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", 400),
  RESOURCE_IN_USE("com.amazonaws.dynamodb.v20120810#ResourceInUseException", 400),
  CONDITIONAL_CHECK_FAILED("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException", 400),
  TRANSACTION_CANCELED("com.amazonaws.dynamodb.v20120810#TransactionCanceledException", 400),
  TRANSACTION_CONFLICT("com.amazonaws.dynamodb.v20120810#TransactionConflictException", 400),
  IDEMPOTENT_PARAMETER_MISMATCH(
      "com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException", 400),
  LIMIT_EXCEEDED("com.amazonaws.dynamodb.v20120810#LimitExceededException", 400),
  ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED(
      "com.amazonaws.dynamodb.v20120810#ItemCollectionSizeLimitExceededException", 400),
  TRIMMED_DATA_ACCESS("com.amazonaws.dynamodb.v20120810#TrimmedDataAccessException", 400),
  EXPIRED_ITERATOR("com.amazonaws.dynamodb.v20120810#ExpiredIteratorException", 400),
  INTERNAL_SERVER_ERROR("com.amazonaws.dynamodb.v20120810#InternalServerError", 500);

  private final String wireName;
  private final int httpStatus;

  ErrorType(String wireName, int httpStatus) {
    this.wireName = wireName;
    this.httpStatus = httpStatus;
  }

  public String wireName() {
    return wireName;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
