package cruddur.dynamo.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/** One DynamoDB API operation: takes the request's JSON object, returns the response body. */
@FunctionalInterface
public interface Operation {
  ResponseBody handle(JsonNode request);
}
