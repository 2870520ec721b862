package cruddur.cli;

import cruddur.config.ConfigurationException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** One line for a failed command: what went wrong and, where we know, what to do next. */
final class Failures {
  private Failures() {}

  static String describe(Throwable e) {
    if (e instanceof ConfigurationException || e instanceof UserError) {
      return e.getMessage();
    }
    if (e instanceof ResourceNotFoundException) {
      return "the table does not exist ("
          + e.getMessage().split(" \\(Service")[0]
          + "); create it with './cruddur ddb schema-load'";
    }
    if (e instanceof DynamoDbException d) {
      return "DynamoDB refused the request: " + d.awsErrorDetails().errorMessage();
    }
    if (e instanceof SdkClientException) {
      return "could not reach DynamoDB: "
          + e.getMessage()
          + " (is the endpoint in AWS_ENDPOINT_URL up? for AWS, are credentials set?)";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
