package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.server.RawDynamo.Answer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Nothing is stored that a client did not send: an update that only removes creates no item, and
 * names and values DynamoDB refuses are refused rather than stored.
 */
class StoredAsSentTest {
  private static DynamoServer server;
  private static DynamoDbClient client;
  private static RawDynamo raw;

  @BeforeAll
  static void start() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    client = EngineFixture.client(server.endpoint());
    raw = new RawDynamo(server.endpoint());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"REMOVE a", "REMOVE a, b.c", "DELETE tags :t", "REMOVE a DELETE tags :t"})
  void anUpdateThatOnlyRemovesCreatesNoItem(String expression) {
    String table = EngineFixture.createHashTable(client);
    UpdateItemResponse response =
        client.updateItem(
            b -> {
              b.tableName(table)
                  .key(Map.of("id", s("missing")))
                  .updateExpression(expression)
                  .returnValues(ReturnValue.ALL_NEW);
              if (expression.contains(":t")) {
                b.expressionAttributeValues(
                    Map.of(":t", AttributeValue.fromSs(java.util.List.of("x"))));
              }
            });

    assertThat(response.attributes()).isEmpty();
    assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
  }

  @Test
  void aLegacyUpdateThatOnlyDeletesCreatesNoItem() {
    String table = EngineFixture.createHashTable(client);
    client.updateItem(
        b ->
            b.tableName(table)
                .key(Map.of("id", s("missing")))
                .attributeUpdates(
                    Map.of(
                        "a",
                        AttributeValueUpdate.builder().action(AttributeAction.DELETE).build())));

    assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
  }

  @Test
  void aTransactedUpdateThatOnlyRemovesCreatesNoItem() {
    String table = EngineFixture.createHashTable(client);
    client.transactWriteItems(
        b ->
            b.transactItems(
                t ->
                    t.update(
                        u ->
                            u.tableName(table)
                                .key(Map.of("id", s("missing")))
                                .updateExpression("REMOVE a"))));

    assertThat(client.scan(b -> b.tableName(table)).count()).isZero();
  }

  @Test
  void anUpdateThatRemovesFromAnExistingItemStillRemoves() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(b -> b.tableName(table).item(Map.of("id", s("k"), "a", s("x"))));

    client.updateItem(
        b -> b.tableName(table).key(Map.of("id", s("k"))).updateExpression("REMOVE a"));

    assertThat(client.getItem(b -> b.tableName(table).key(Map.of("id", s("k")))).item())
        .isEqualTo(Map.of("id", s("k")));
  }

  @Test
  void anEmptyAttributeNameIsRefused() {
    String table = raw.createHashTable();

    Answer put =
        raw.call(
            "PutItem",
            "{'TableName': '" + table + "', 'Item': {'pk': {'S': 'a'}, '': {'S': 'x'}}}");
    Answer legacy =
        raw.call(
            "UpdateItem",
            "{'TableName': '"
                + table
                + "', 'Key': {'pk': {'S': 'a'}}, 'AttributeUpdates': {'': {'Value': {'S': 'x'}}}}");

    RawDynamo.assertValidation(
        put, "One or more parameter values were invalid: An attribute name cannot be empty");
    RawDynamo.assertValidation(
        legacy, "One or more parameter values were invalid: An attribute name cannot be empty");
    assertThat(raw.call("Scan", "{'TableName': '" + table + "'}").body().get("Count").asInt())
        .isZero();
  }

  @Test
  void anAttributeNameOfOver64KbIsRefusedAndOneJustUnderIsKept() {
    String table = raw.createHashTable();
    String longest = "n".repeat(65535);

    Answer tooLong =
        raw.call(
            "PutItem",
            "{'TableName': '"
                + table
                + "', 'Item': {'pk': {'S': 'a'}, '"
                + longest
                + "n': {'S': 'x'}}}");
    Answer tooLongByName =
        raw.call(
            "UpdateItem",
            "{'TableName': '"
                + table
                + "', 'Key': {'pk': {'S': 'a'}}, 'UpdateExpression': 'SET #n = :v',"
                + " 'ExpressionAttributeNames': {'#n': '"
                + "\u00e9".repeat(32768)
                + "'}, 'ExpressionAttributeValues': {':v': {'S': 'x'}}}");
    Answer longestKept =
        raw.call(
            "PutItem",
            "{'TableName': '"
                + table
                + "', 'Item': {'pk': {'S': 'b'}, '"
                + longest
                + "': {'S': 'x'}}}");

    RawDynamo.assertValidation(
        tooLong,
        "One or more parameter values were invalid: An attribute name is longer than 65535 bytes");
    RawDynamo.assertValidation(
        tooLongByName,
        "One or more parameter values were invalid: An attribute name is longer than 65535 bytes");
    assertThat(longestKept.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{'BOOL': 'true'}", "{'BOOL': 'false'}", "{'BOOL': 1}", "{'NULL': 'true'}"})
  void aBooleanMustBeAJsonBoolean(String value) {
    String table = raw.createHashTable();

    Answer put =
        raw.call(
            "PutItem",
            "{'TableName': '" + table + "', 'Item': {'pk': {'S': 'a'}, 'b': " + value + "}}");

    assertThat(put.status()).isEqualTo(400);
    assertThat(put.type()).isEqualTo("SerializationException");
    assertThat(raw.call("Scan", "{'TableName': '" + table + "'}").body().get("Count").asInt())
        .isZero();
  }
}
