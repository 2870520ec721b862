package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

class ItemOperationsTest extends EngineTest {

  @Test
  void putThenGetReturnsTheItem() {
    String table = EngineFixture.createHashRangeTable(client);
    Map<String, AttributeValue> item = Map.of("pk", s("a"), "sk", s("1"), "n", n("1.50"));
    client.putItem(r -> r.tableName(table).item(item));

    Map<String, AttributeValue> got =
        client.getItem(r -> r.tableName(table).key(Map.of("pk", s("a"), "sk", s("1")))).item();

    assertThat(got).containsEntry("n", n("1.5")).containsEntry("pk", s("a"));
  }

  @Test
  void failedConditionReturnsTheOldItemWhenAsked() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "v", n("1"))));

    assertThatThrownBy(
            () ->
                client.putItem(
                    r ->
                        r.tableName(table)
                            .item(Map.of("id", s("x"), "v", n("2")))
                            .conditionExpression("attribute_not_exists(id)")
                            .returnValuesOnConditionCheckFailure(
                                ReturnValuesOnConditionCheckFailure.ALL_OLD)))
        .isInstanceOfSatisfying(
            ConditionalCheckFailedException.class,
            e -> assertThat(e.item()).containsEntry("v", n("1")));
  }

  @Test
  void updateItemAddsAndReturnsUpdatedNew() {
    String table = EngineFixture.createHashTable(client);

    var result =
        client.updateItem(
            r ->
                r.tableName(table)
                    .key(Map.of("id", s("c")))
                    .updateExpression("ADD #c :one SET tag = :t")
                    .expressionAttributeNames(Map.of("#c", "count"))
                    .expressionAttributeValues(Map.of(":one", n("1"), ":t", s("hi")))
                    .returnValues(ReturnValue.UPDATED_NEW));

    assertThat(result.attributes()).isEqualTo(Map.of("count", n("1"), "tag", s("hi")));
  }

  @Test
  void updatedNewReturnsOnlyTheNestedPathsTheUpdateChanged() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "id",
                        s("m"),
                        "info",
                        AttributeValue.fromM(Map.of("rating", n("1"), "plot", s("old"))))));

    var result =
        client.updateItem(
            r ->
                r.tableName(table)
                    .key(Map.of("id", s("m")))
                    .updateExpression("SET info.rating = :r")
                    .expressionAttributeValues(Map.of(":r", n("5.5")))
                    .returnValues(ReturnValue.UPDATED_NEW));

    assertThat(result.attributes())
        .isEqualTo(Map.of("info", AttributeValue.fromM(Map.of("rating", n("5.5")))));
  }

  @Test
  void keyOfWrongTypeIsRejectedWithDynamoDbsMessage() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(() -> client.getItem(r -> r.tableName(table).key(Map.of("id", n("1")))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("The provided key element does not match the schema");
  }
}
