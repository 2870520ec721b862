package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem, BatchGetItem, TransactWriteItems and TransactGetItems. */
// The SDK builders take Consumer varargs, which Java flags as generic array creation.
@SuppressWarnings("unchecked")
class BatchAndTransactionTest extends EngineTest {

  private static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }

  private static Map<String, AttributeValue> id(String id) {
    return Map.of("id", s(id));
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  private static WriteRequest delete(Map<String, AttributeValue> key) {
    return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
  }

  private static Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
    return client.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
  }

  private static boolean exists(String table, Map<String, AttributeValue> key) {
    return client.getItem(r -> r.tableName(table).key(key).consistentRead(true)).hasItem();
  }

  // ---- BatchWriteItem ----

  @Test
  void batchWritePutsAndDeletesAcrossTwoTables() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashRangeTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("old"), "v", s("gone soon"))));
    client.putItem(r -> r.tableName(b).item(Map.of("pk", s("p"), "sk", s("old"))));

    BatchWriteItemResponse response =
        client.batchWriteItem(
            r ->
                r.requestItems(
                    Map.of(
                        a,
                            List.of(
                                put(Map.of("id", s("new1"), "v", n("1"))),
                                put(Map.of("id", s("new2"))),
                                delete(id("old"))),
                        b,
                            List.of(
                                put(Map.of("pk", s("p"), "sk", s("new"))),
                                delete(Map.of("pk", s("p"), "sk", s("old")))))));

    assertThat(response.unprocessedItems()).isEmpty();
    assertThat(get(a, id("new1"))).containsEntry("v", n("1"));
    assertThat(exists(a, id("new2"))).isTrue();
    assertThat(exists(a, id("old"))).isFalse();
    assertThat(exists(b, Map.of("pk", s("p"), "sk", s("new")))).isTrue();
    assertThat(exists(b, Map.of("pk", s("p"), "sk", s("old")))).isFalse();
  }

  @Test
  void batchWritePutReplacesTheWholeItem() {
    String a = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("x"), "old", s("attr"))));

    client.batchWriteItem(
        r -> r.requestItems(Map.of(a, List.of(put(Map.of("id", s("x"), "new", s("attr")))))));

    assertThat(get(a, id("x"))).isEqualTo(Map.of("id", s("x"), "new", s("attr")));
  }

  @Test
  void batchWriteOfMoreThan25RequestsInOneTableIsRejected() {
    String a = EngineFixture.createHashTable(client);
    List<WriteRequest> writes = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      writes.add(put(id("i" + i)));
    }

    assertThatThrownBy(() -> client.batchWriteItem(r -> r.requestItems(Map.of(a, writes))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Member must have length less than or equal to 25");
    assertThat(exists(a, id("i0"))).isFalse();
  }

  @Test
  void batchWriteOfMoreThan25RequestsAcrossTablesIsRejected() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashTable(client);
    List<WriteRequest> first = new ArrayList<>();
    List<WriteRequest> second = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      first.add(put(id("i" + i)));
      second.add(put(id("i" + i)));
    }

    assertThatThrownBy(
            () -> client.batchWriteItem(r -> r.requestItems(Map.of(a, first, b, second))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Too many items requested for the BatchWriteItem call");
    assertThat(exists(a, id("i0"))).isFalse();
    assertThat(exists(b, id("i0"))).isFalse();
  }

  @Test
  void batchWriteWithDuplicateKeysIsRejectedAndWritesNothing() {
    String a = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.batchWriteItem(
                    r ->
                        r.requestItems(
                            Map.of(
                                a,
                                List.of(
                                    put(Map.of("id", s("other"))),
                                    put(Map.of("id", s("dup"), "v", n("1"))),
                                    delete(id("dup")))))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Provided list of item keys contains duplicates");
    assertThat(exists(a, id("other"))).isFalse();
  }

  @Test
  void batchWriteToAMissingTableIsResourceNotFound() {
    assertThatThrownBy(
            () ->
                client.batchWriteItem(
                    r ->
                        r.requestItems(
                            Map.of(EngineFixture.uniqueName("missing"), List.of(put(id("x")))))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void aBatchPutWhoseKeyIsMissingOrMistypedDoesNotMatchTheSchema() {
    String a = EngineFixture.createHashTable(client);

    for (Map<String, AttributeValue> item :
        List.of(
            Map.of("notId", s("x")),
            Map.of("id", AttributeValue.fromN("1")),
            Map.of("id", AttributeValue.fromL(List.of(s("x")))))) {
      assertThatThrownBy(
              () -> client.batchWriteItem(r -> r.requestItems(Map.of(a, List.of(put(item))))))
          .isInstanceOf(DynamoDbException.class)
          .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
          .satisfies(
              e ->
                  assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                      .isEqualTo("The provided key element does not match the schema"));
    }
  }

  // ---- BatchGetItem ----

  @Test
  void batchGetReadsFromTwoTablesWithProjection() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashRangeTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("1"), "keep", s("k"), "drop", s("d"))));
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("2"), "keep", s("k2"))));
    client.putItem(r -> r.tableName(b).item(Map.of("pk", s("p"), "sk", s("s"), "x", n("7"))));

    BatchGetItemResponse response =
        client.batchGetItem(
            r ->
                r.requestItems(
                    Map.of(
                        a,
                            KeysAndAttributes.builder()
                                .keys(id("1"), id("2"), id("missing"))
                                .projectionExpression("#k")
                                .expressionAttributeNames(Map.of("#k", "keep"))
                                .build(),
                        b,
                            KeysAndAttributes.builder()
                                .keys(Map.of("pk", s("p"), "sk", s("s")))
                                .consistentRead(true)
                                .build())));

    assertThat(response.responses().get(a))
        .containsExactlyInAnyOrder(Map.of("keep", s("k")), Map.of("keep", s("k2")));
    assertThat(response.responses().get(b))
        .containsExactly(Map.of("pk", s("p"), "sk", s("s"), "x", n("7")));
    assertThat(response.unprocessedKeys()).isEmpty();
  }

  @Test
  void batchGetOfMoreThan100KeysIsRejected() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashTable(client);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      keys.add(id("k" + i));
    }

    assertThatThrownBy(
            () ->
                client.batchGetItem(
                    r ->
                        r.requestItems(
                            Map.of(
                                a, KeysAndAttributes.builder().keys(keys).build(),
                                b, KeysAndAttributes.builder().keys(keys).build()))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Too many items requested for the BatchGetItem call");
  }

  @Test
  void batchGetOfMoreThan100KeysInOneTableIsRejected() {
    String a = EngineFixture.createHashTable(client);
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      keys.add(id("k" + i));
    }

    assertThatThrownBy(
            () ->
                client.batchGetItem(
                    r -> r.requestItems(Map.of(a, KeysAndAttributes.builder().keys(keys).build()))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void batchGetWithDuplicateKeysIsRejected() {
    String a = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.batchGetItem(
                    r ->
                        r.requestItems(
                            Map.of(a, KeysAndAttributes.builder().keys(id("x"), id("x")).build()))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Provided list of item keys contains duplicates");
  }

  @Test
  void batchGetReportsConsumedCapacityPerTable() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(a).item(id("1")));

    BatchGetItemResponse response =
        client.batchGetItem(
            r ->
                r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .requestItems(
                        Map.of(
                            a,
                            KeysAndAttributes.builder().keys(id("1")).build(),
                            b,
                            KeysAndAttributes.builder().keys(id("1")).build())));

    assertThat(response.consumedCapacity())
        .extracting(c -> c.tableName())
        .containsExactlyInAnyOrder(a, b);
    assertThat(response.consumedCapacity())
        .allSatisfy(c -> assertThat(c.capacityUnits()).isPositive());
  }

  @Test
  void onlyTransactionsSplitTheirCapacityIntoReadAndWriteUnits() {
    String table = EngineFixture.createHashTable(client);

    var transaction =
        client
            .transactWriteItems(
                r ->
                    r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                        .transactItems(putAction(table, id("t"))))
            .consumedCapacity();
    var batch =
        client
            .batchWriteItem(
                r ->
                    r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                        .requestItems(
                            Map.of(
                                table,
                                List.of(
                                    WriteRequest.builder()
                                        .putRequest(p -> p.item(id("b")))
                                        .build()))))
            .consumedCapacity();

    assertThat(transaction.get(0).capacityUnits()).isEqualTo(2.0);
    assertThat(transaction.get(0).writeCapacityUnits()).isEqualTo(2.0);
    var read =
        client
            .transactGetItems(
                r ->
                    r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                        .transactItems(
                            TransactGetItem.builder()
                                .get(g -> g.tableName(table).key(id("t")))
                                .build()))
            .consumedCapacity()
            .get(0);
    assertThat(read.readCapacityUnits()).isEqualTo(2.0);
    assertThat(read.table().readCapacityUnits()).isEqualTo(2.0);
    assertThat(batch.get(0).capacityUnits()).isEqualTo(1.0);
    assertThat(batch.get(0).writeCapacityUnits()).isNull();
  }

  // ---- TransactWriteItems ----

  @Test
  void aKeyThatDoesNotFitItsTableCancelsItsActionWithAValidationError() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            putAction(table, id("fine")),
                            putAction(table, Map.of("id", n("5"))),
                            TransactWriteItem.builder()
                                .delete(d -> d.tableName(table).key(Map.of("id", n("5"))))
                                .build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e -> {
              assertThat(e.cancellationReasons())
                  .extracting(CancellationReason::code)
                  .containsExactly("None", "ValidationError", "ValidationError");
              assertThat(e.cancellationReasons())
                  .extracting(CancellationReason::message)
                  .containsExactly(
                      null,
                      "One or more parameter values were invalid: Type mismatch for key id"
                          + " expected: S actual: N",
                      "The provided key element does not match the schema");
            });
    assertThat(exists(table, id("fine"))).isFalse();
    assertThatThrownBy(
            () ->
                client.transactGetItems(
                    r ->
                        r.transactItems(
                            TransactGetItem.builder()
                                .get(g -> g.tableName(table).key(Map.of()))
                                .build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e ->
                assertThat(e.cancellationReasons())
                    .extracting(CancellationReason::code)
                    .containsExactly("ValidationError"));
  }

  @Test
  void anUpdateThatWouldEmptyAnIndexKeyIsARequestErrorAloneAndInATransaction() {
    String table = EngineFixture.uniqueName("gsi");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                    a -> a.attributeName("id").attributeType("S"),
                    a -> a.attributeName("g").attributeType("S"))
                .keySchema(k -> k.attributeName("id").keyType("HASH"))
                .globalSecondaryIndexes(
                    i ->
                        i.indexName("by-g")
                            .keySchema(k -> k.attributeName("g").keyType("HASH"))
                            .projection(p -> p.projectionType("ALL"))));
    String refused =
        "One or more parameter values are not valid. The update expression attempted to update a"
            + " secondary index key to a value that is not supported. The AttributeValue for a key"
            + " attribute cannot contain an empty string value.";
    TransactWriteItem update =
        TransactWriteItem.builder()
            .update(
                u ->
                    u.tableName(table)
                        .key(id("1"))
                        .updateExpression("SET g = :v")
                        .expressionAttributeValues(Map.of(":v", s(""))))
            .build();

    assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(update)))
        .isInstanceOf(DynamoDbException.class)
        .isNotInstanceOf(TransactionCanceledException.class)
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(refused));
    assertThatThrownBy(
            () ->
                client.updateItem(
                    r ->
                        r.tableName(table)
                            .key(id("1"))
                            .updateExpression("SET g = :v")
                            .expressionAttributeValues(Map.of(":v", s("")))))
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(refused));
  }

  @Test
  void aTransactionOfMoreThan4MegabytesOfItemsIsRefusedAndOneJustUnderIsNot() {
    String table = EngineFixture.createHashTable(client);
    String payload = "x".repeat(350_000);

    List<TransactWriteItem> ten = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ten.add(putAction(table, Map.of("id", s("big-" + i), "payload", s(payload))));
    }

    client.transactWriteItems(r -> r.transactItems(ten.subList(0, 10)));
    assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(ten)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("4 MB");
  }

  private static TransactWriteItem putAction(String table, Map<String, AttributeValue> item) {
    return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
  }

  @Test
  void conditionCheckWithoutAConditionExpressionIsRejected() {
    String a = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            putAction(a, Map.of("id", s("1"))),
                            TransactWriteItem.builder()
                                .conditionCheck(c -> c.tableName(a).key(id("2")))
                                .build())))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining(
            "Value null at 'transactItems.2.member.conditionCheck.conditionExpression'");
  }

  @Test
  void failedConditionCheckCancelsTheWholeTransactionWithReasonsInOrder() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(b).item(Map.of("id", s("guard"), "state", s("closed"))));

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            putAction(a, Map.of("id", s("1"))),
                            TransactWriteItem.builder()
                                .conditionCheck(
                                    c ->
                                        c.tableName(b)
                                            .key(id("guard"))
                                            .conditionExpression("#s = :open")
                                            .expressionAttributeNames(Map.of("#s", "state"))
                                            .expressionAttributeValues(Map.of(":open", s("open"))))
                                .build(),
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(a)
                                            .key(id("2"))
                                            .updateExpression("SET v = :v")
                                            .expressionAttributeValues(Map.of(":v", n("1"))))
                                .build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e -> {
              assertThat(e.hasCancellationReasons()).isTrue();
              assertThat(e.cancellationReasons())
                  .extracting(CancellationReason::code)
                  .containsExactly("None", "ConditionalCheckFailed", "None");
              assertThat(e.cancellationReasons().get(1).message())
                  .isEqualTo("The conditional request failed");
            })
        .hasMessageContaining(
            "Transaction cancelled, please refer cancellation reasons for"
                + " specific reasons [None, ConditionalCheckFailed, None]");
    assertThat(exists(a, id("1"))).isFalse();
    assertThat(exists(a, id("2"))).isFalse();
  }

  @Test
  void cancellationReasonCarriesTheOldItemWhenAsked() {
    String a = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("x"), "v", n("5"))));

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            TransactWriteItem.builder()
                                .put(
                                    p ->
                                        p.tableName(a)
                                            .item(Map.of("id", s("x"), "v", n("6")))
                                            .conditionExpression("attribute_not_exists(id)")
                                            .returnValuesOnConditionCheckFailure(
                                                ReturnValuesOnConditionCheckFailure.ALL_OLD))
                                .build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e ->
                assertThat(e.cancellationReasons().get(0).item())
                    .isEqualTo(Map.of("id", s("x"), "v", n("5"))));
    assertThat(get(a, id("x"))).containsEntry("v", n("5"));
  }

  @Test
  void invalidUpdateInATransactionCancelsWithValidationError() {
    String a = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("x"), "v", s("text"))));

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            putAction(a, Map.of("id", s("other"))),
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(a)
                                            .key(id("x"))
                                            .updateExpression("SET v = v + :one")
                                            .expressionAttributeValues(Map.of(":one", n("1"))))
                                .build())))
        .isInstanceOfSatisfying(
            TransactionCanceledException.class,
            e ->
                assertThat(e.cancellationReasons())
                    .extracting(CancellationReason::code)
                    .containsExactly("None", "ValidationError"));
    assertThat(exists(a, id("other"))).isFalse();
  }

  @Test
  void mixedTransactionAppliesEveryAction() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashRangeTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("counter"), "n", n("10"))));
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("doomed"))));
    client.putItem(
        r ->
            r.tableName(b)
                .item(Map.of("pk", s("p"), "sk", s("guard"), "ok", AttributeValue.fromBool(true))));

    client.transactWriteItems(
        r ->
            r.transactItems(
                putAction(b, Map.of("pk", s("p"), "sk", s("new"), "v", s("fresh"))),
                TransactWriteItem.builder()
                    .update(
                        u ->
                            u.tableName(a)
                                .key(id("counter"))
                                .updateExpression("SET n = n - :d")
                                .conditionExpression("n >= :d")
                                .expressionAttributeValues(Map.of(":d", n("3"))))
                    .build(),
                TransactWriteItem.builder()
                    .delete(
                        d ->
                            d.tableName(a)
                                .key(id("doomed"))
                                .conditionExpression("attribute_exists(id)"))
                    .build(),
                TransactWriteItem.builder()
                    .conditionCheck(
                        c ->
                            c.tableName(b)
                                .key(Map.of("pk", s("p"), "sk", s("guard")))
                                .conditionExpression("ok = :t")
                                .expressionAttributeValues(
                                    Map.of(":t", AttributeValue.fromBool(true))))
                    .build()));

    assertThat(get(b, Map.of("pk", s("p"), "sk", s("new")))).containsEntry("v", s("fresh"));
    assertThat(get(a, id("counter"))).containsEntry("n", n("7"));
    assertThat(exists(a, id("doomed"))).isFalse();
    assertThat(get(b, Map.of("pk", s("p"), "sk", s("guard"))))
        .containsEntry("ok", AttributeValue.fromBool(true));
  }

  @Test
  void twoActionsOnOneItemAreRejected() {
    String a = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.transactItems(
                            putAction(a, Map.of("id", s("same"), "v", n("1"))),
                            TransactWriteItem.builder()
                                .update(
                                    u ->
                                        u.tableName(a)
                                            .key(id("same"))
                                            .updateExpression("SET w = :w")
                                            .expressionAttributeValues(Map.of(":w", n("2"))))
                                .build())))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Transaction request cannot include multiple operations on one" + " item");
    assertThat(exists(a, id("same"))).isFalse();
  }

  @Test
  void moreThan100ActionsAreRejected() {
    String a = EngineFixture.createHashTable(client);
    List<TransactWriteItem> actions = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      actions.add(putAction(a, id("i" + i)));
    }

    assertThatThrownBy(() -> client.transactWriteItems(r -> r.transactItems(actions)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Member must have length less than or equal to 100");
  }

  @Test
  void sameClientRequestTokenTwiceTakesEffectOnce() {
    String a = EngineFixture.createHashTable(client);
    String token = UUID.randomUUID().toString();
    TransactWriteItemsRequest request =
        TransactWriteItemsRequest.builder()
            .clientRequestToken(token)
            .transactItems(
                TransactWriteItem.builder()
                    .update(
                        u ->
                            u.tableName(a)
                                .key(id("c"))
                                .updateExpression("ADD n :one")
                                .expressionAttributeValues(Map.of(":one", n("1"))))
                    .build())
            .build();

    client.transactWriteItems(request);
    client.transactWriteItems(request);

    assertThat(get(a, id("c"))).containsEntry("n", n("1"));
  }

  @Test
  void sameClientRequestTokenWithOtherParametersIsAMismatch() {
    String a = EngineFixture.createHashTable(client);
    String token = UUID.randomUUID().toString();
    client.transactWriteItems(
        r ->
            r.clientRequestToken(token)
                .transactItems(putAction(a, Map.of("id", s("x"), "v", n("1")))));

    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r ->
                        r.clientRequestToken(token)
                            .transactItems(putAction(a, Map.of("id", s("x"), "v", n("2"))))))
        .isInstanceOf(IdempotentParameterMismatchException.class);
    assertThat(get(a, id("x"))).containsEntry("v", n("1"));
  }

  @Test
  void transactionOnAMissingTableIsResourceNotFound() {
    assertThatThrownBy(
            () ->
                client.transactWriteItems(
                    r -> r.transactItems(putAction(EngineFixture.uniqueName("missing"), id("x")))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  // ---- TransactGetItems ----

  @Test
  void transactGetReturnsItemsInRequestOrderWithEmptySlotsForMissingOnes() {
    String a = EngineFixture.createHashTable(client);
    String b = EngineFixture.createHashRangeTable(client);
    client.putItem(r -> r.tableName(a).item(Map.of("id", s("1"), "v", s("one"), "w", s("w"))));
    client.putItem(r -> r.tableName(b).item(Map.of("pk", s("p"), "sk", s("s"), "v", s("two"))));

    TransactGetItemsResponse response =
        client.transactGetItems(
            r ->
                r.transactItems(
                    TransactGetItem.builder()
                        .get(g -> g.tableName(b).key(Map.of("pk", s("p"), "sk", s("s"))))
                        .build(),
                    TransactGetItem.builder().get(g -> g.tableName(a).key(id("missing"))).build(),
                    TransactGetItem.builder()
                        .get(g -> g.tableName(a).key(id("1")).projectionExpression("v"))
                        .build()));

    assertThat(response.responses()).hasSize(3);
    assertThat(response.responses().get(0).item())
        .isEqualTo(Map.of("pk", s("p"), "sk", s("s"), "v", s("two")));
    assertThat(response.responses().get(1).hasItem()).isFalse();
    assertThat(response.responses().get(2).item()).isEqualTo(Map.of("v", s("one")));
  }

  @Test
  void transactGetOfTheSameItemTwiceIsRejected() {
    String a = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.transactGetItems(
                    r ->
                        r.transactItems(
                            TransactGetItem.builder().get(g -> g.tableName(a).key(id("x"))).build(),
                            TransactGetItem.builder()
                                .get(g -> g.tableName(a).key(id("x")))
                                .build())))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Transaction request cannot include multiple operations on one" + " item");
  }
}
