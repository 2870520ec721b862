package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.server.RawDynamo.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BatchGetItem's and BatchWriteItem's request-level ValidationExceptions, word for word. */
class BatchValidationTest {
  private static final String WRITE_LISTS =
      "' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint:"
          + " [Member must have length less than or equal to 25, Member must have length greater"
          + " than or equal to 1]";
  private static DynamoServer server;
  private static RawDynamo dynamo;
  private static String table;
  private static String other;

  @BeforeAll
  static void start() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    dynamo = new RawDynamo(server.endpoint());
    table = dynamo.createHashTable();
    other = dynamo.createHashTable();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String puts(int count) {
    List<String> writes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      writes.add("{'PutRequest': {'Item': {'pk': {'S': 'k" + i + "'}}}}");
    }
    return "[" + String.join(", ", writes) + "]";
  }

  @Test
  void anEmptyRequestItemsMapIsRequiredForEitherBatchCall() {
    RawDynamo.assertValidation(
        dynamo.call("BatchWriteItem", "{'RequestItems': {}}"),
        "The requestItems parameter is required for BatchWriteItem");
    RawDynamo.assertValidation(
        dynamo.call("BatchGetItem", "{'RequestItems': {}}"),
        "The requestItems parameter is required for BatchGetItem");
  }

  @Test
  void moreThan25WritesForOneTableFailTheMapValueConstraintEchoingTheMap() {
    Answer answer =
        dynamo.call("BatchWriteItem", "{'RequestItems': {'" + table + "': " + puts(26) + "}}");

    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message())
        .startsWith("1 validation error detected: Value '{" + table + "=[")
        .endsWith("]}" + WRITE_LISTS)
        .contains("k25");
  }

  @Test
  void anEmptyWriteListFailsTheSameMapValueConstraint() {
    RawDynamo.assertValidation(
        dynamo.call("BatchWriteItem", "{'RequestItems': {'" + table + "': []}}"),
        "1 validation error detected: Value '{" + table + "=[]}" + WRITE_LISTS);
  }

  @Test
  void aBadTableNameFailsTheMapKeysConstraintEchoingTheMapAsJson() {
    RawDynamo.assertValidation(
        dynamo.call(
            "BatchGetItem", "{'RequestItems': {'bad!name': {'Keys': [{'pk': {'S': 'a'}}]}}}"),
        "1 validation error detected: Value '{\"bad!name\":{\"Keys\":[{\"pk\":{\"S\":\"a\"}}]}}'"
            + " at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint:"
            + " [Member must have length less than or equal to 255, Member must have length"
            + " greater than or equal to 3, Member must satisfy regular expression pattern:"
            + " [a-zA-Z0-9_.-]+]");
  }

  @Test
  void projectionExpressionOnOneTableAndAttributesToGetOnAnotherAreRejected() {
    RawDynamo.assertValidation(
        dynamo.call(
            "BatchGetItem",
            "{'RequestItems': {'"
                + table
                + "': {'Keys': [{'pk': {'S': 'a'}}], 'ProjectionExpression': 'pk'}, '"
                + other
                + "': {'Keys': [{'pk': {'S': 'b'}}], 'AttributesToGet': ['pk']}}}"),
        "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {AttributesToGet} Expression parameters:"
            + " {ProjectionExpression}");
  }
}
