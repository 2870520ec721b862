package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.l;
import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Item-level semantics: types, numbers, limits, return values, conditions and updates. */
class ItemSemanticsTest extends EngineTest {

  private static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }

  private static Map<String, AttributeValue> id(String id) {
    return Map.of("id", s(id));
  }

  private static AttributeValue b(int... bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = (byte) bytes[i];
    }
    return AttributeValue.fromB(SdkBytes.fromByteArray(out));
  }

  private static AttributeValue m(Map<String, AttributeValue> map) {
    return AttributeValue.fromM(map);
  }

  private static Map<String, AttributeValue> roundTrip(
      String table, String key, Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> item = new HashMap<>(attributes);
    item.put("id", s(key));
    client.putItem(r -> r.tableName(table).item(item));
    return client.getItem(r -> r.tableName(table).key(id(key)).consistentRead(true)).item();
  }

  private static void assertValidation(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(message);
  }

  private static Map<String, AttributeValue> update(
      String table, String key, String expression, Map<String, AttributeValue> values) {
    return client
        .updateItem(
            r -> {
              r.tableName(table)
                  .key(id(key))
                  .updateExpression(expression)
                  .returnValues(ReturnValue.ALL_NEW);
              if (!values.isEmpty()) {
                r.expressionAttributeValues(values);
              }
            })
        .attributes();
  }

  // ---- attribute types ----

  @Test
  void everyAttributeTypeRoundTrips() {
    String table = EngineFixture.createHashTable(client);
    Map<String, AttributeValue> attributes =
        Map.ofEntries(
            Map.entry("s", s("text ünïcödé 😀")),
            Map.entry("n", n("-12.5")),
            Map.entry("b", b(0, 1, 0xFF, 0x80)),
            Map.entry("bool", AttributeValue.fromBool(false)),
            Map.entry("null", AttributeValue.fromNul(true)),
            Map.entry("m", m(Map.of("inner", s("x"), "num", n("3")))),
            Map.entry("l", l(s("a"), n("1"), AttributeValue.fromBool(true))),
            Map.entry("ss", AttributeValue.fromSs(List.of("x", "y", "z"))),
            Map.entry("ns", AttributeValue.fromNs(List.of("1", "2.5", "-3"))),
            Map.entry(
                "bs",
                AttributeValue.fromBs(
                    List.of(
                        SdkBytes.fromByteArray(new byte[] {1}),
                        SdkBytes.fromByteArray(new byte[] {2, 3})))),
            Map.entry(
                "nested",
                m(
                    Map.of(
                        "list",
                        l(
                            m(Map.of("deep", l(n("1"), s("two")))),
                            AttributeValue.fromSs(List.of("q"))),
                        "empty",
                        m(Map.of())))),
            Map.entry("emptyList", l()));

    Map<String, AttributeValue> got = roundTrip(table, "all", attributes);

    assertThat(got).hasSize(attributes.size() + 1);
    for (String name : List.of("s", "n", "b", "bool", "null", "m", "l", "nested", "emptyList")) {
      assertThat(got.get(name)).as(name).isEqualTo(attributes.get(name));
    }
    assertThat(got.get("ss").ss()).containsExactlyInAnyOrder("x", "y", "z");
    assertThat(got.get("ns").ns()).containsExactlyInAnyOrder("1", "2.5", "-3");
    assertThat(got.get("bs").bs())
        .containsExactlyInAnyOrder(
            SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[] {2, 3}));
  }

  @Test
  void numbersAreStoredNormalised() {
    String table = EngineFixture.createHashTable(client);

    Map<String, AttributeValue> got =
        roundTrip(
            table,
            "nums",
            Map.of(
                "a",
                n("1.50"),
                "b",
                n("1e2"),
                "c",
                n("-0.0"),
                "d",
                n("007"),
                "e",
                n("1.23E-3"),
                "f",
                n("+5"),
                "set",
                AttributeValue.fromNs(List.of("10.0", "2e0"))));

    assertThat(got.get("a").n()).isEqualTo("1.5");
    assertThat(got.get("b").n()).isEqualTo("100");
    assertThat(got.get("c").n()).isEqualTo("0");
    assertThat(got.get("d").n()).isEqualTo("7");
    assertThat(got.get("e").n()).isEqualTo("0.00123");
    assertThat(got.get("f").n()).isEqualTo("5");
    assertThat(got.get("set").ns()).containsExactlyInAnyOrder("10", "2");
  }

  @Test
  void equalNumbersWrittenDifferentlyAddressTheSameItem() {
    String numeric = EngineFixture.uniqueName("nk");
    client.createTable(
        r ->
            r.tableName(numeric)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("k")
                        .attributeType(ScalarAttributeType.N)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("k").keyType(KeyType.HASH).build()));

    client.putItem(r -> r.tableName(numeric).item(Map.of("k", n("100"), "v", s("first"))));

    assertThat(client.getItem(r -> r.tableName(numeric).key(Map.of("k", n("1e2")))).item())
        .containsEntry("v", s("first"))
        .containsEntry("k", n("100"));
  }

  @Test
  void numberWithMoreThan38SignificantDigitsIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.putItem(
                r ->
                    r.tableName(table)
                        .item(
                            Map.of(
                                "id", s("x"), "n", n("1234567890123456789012345678901234567890")))),
        "Attempting to store more than 38 significant digits in a Number");
  }

  @Test
  void thirtyEightSignificantDigitsAreKept() {
    String table = EngineFixture.createHashTable(client);
    String digits = "12345678901234567890123456789012345678";

    assertThat(roundTrip(table, "x", Map.of("n", n(digits))).get("n").n()).isEqualTo(digits);
  }

  @Test
  void numberTooLargeIsRejectedAsOverflow() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "n", n("1e126")))),
        "Number overflow. Attempting to store a number with magnitude larger than supported"
            + " range");
  }

  @Test
  void numberTooSmallIsRejectedAsUnderflow() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "n", n("1e-131")))),
        "Number underflow. Attempting to store a number with magnitude smaller than supported"
            + " range");
  }

  @Test
  void numberAtTheEdgesOfTheRangeIsAccepted() {
    String table = EngineFixture.createHashTable(client);

    Map<String, AttributeValue> got =
        roundTrip(
            table,
            "x",
            Map.of(
                "big",
                n("9.9999999999999999999999999999999999999E+125"),
                "small",
                n("1E-130"),
                "negative",
                n("-9.9999999999999999999999999999999999999E+125")));

    assertThat(got).containsKeys("big", "small", "negative");
  }

  @Test
  void numberThatIsNotANumberIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(
            () ->
                client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "n", n("12abc")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void emptyStringSetIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.putItem(
                r ->
                    r.tableName(table)
                        .item(Map.of("id", s("x"), "ss", AttributeValue.fromSs(List.of())))),
        "may not be empty");
  }

  @Test
  void duplicateSetMembersAreRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.putItem(
                r ->
                    r.tableName(table)
                        .item(
                            Map.of(
                                "id",
                                s("x"),
                                "ss",
                                AttributeValue.fromSs(List.of("a", "b", "a"))))),
        "contains duplicates");
  }

  @Test
  void numberSetMembersEqualAfterNormalisationAreDuplicates() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.putItem(
                r ->
                    r.tableName(table)
                        .item(
                            Map.of(
                                "id", s("x"), "ns", AttributeValue.fromNs(List.of("1", "1.0"))))),
        "contains duplicates");
  }

  @Test
  void emptyStringIsAllowedOutsideKeys() {
    String table = EngineFixture.createHashTable(client);

    Map<String, AttributeValue> got =
        roundTrip(
            table,
            "x",
            Map.of("empty", s(""), "nested", m(Map.of("e", s(""))), "emptyBinary", b()));

    assertThat(got)
        .containsEntry("empty", s(""))
        .containsEntry("nested", m(Map.of("e", s(""))))
        .containsEntry("emptyBinary", b());
  }

  @Test
  void emptyStringInAKeyIsRejectedWithDynamoDbsWordingOnEveryOperation() {
    String table = EngineFixture.createHashTable(client);
    String message =
        "One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
            + " contain an empty string value. Key: id";

    assertValidation(
        () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("")))), message);
    assertValidation(
        () -> client.getItem(r -> r.tableName(table).key(Map.of("id", s("")))), message);
    assertValidation(
        () -> client.deleteItem(r -> r.tableName(table).key(Map.of("id", s("")))), message);
    assertValidation(() -> update(table, "", "SET a = :v", Map.of(":v", s("x"))), message);
  }

  @Test
  void itemLargerThan400KbIsRejected() {
    String table = EngineFixture.createHashTable(client);
    String big = "x".repeat(400 * 1024);

    assertValidation(
        () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "data", s(big)))),
        "Item size has exceeded the maximum allowed size");
    assertThat(client.getItem(r -> r.tableName(table).key(id("x"))).hasItem()).isFalse();
  }

  @Test
  void itemJustUnder400KbIsAccepted() {
    String table = EngineFixture.createHashTable(client);
    // "id" + "x" + "data" = 7 bytes of names and key.
    String data = "x".repeat(400 * 1024 - 7);

    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "data", s(data))));

    assertThat(client.getItem(r -> r.tableName(table).key(id("x"))).item().get("data").s())
        .hasSize(data.length());
  }

  @Test
  void anUpdateIsHeldToTheLimitWithItsWrittenBytesPlusACostPerAction() {
    String table = EngineFixture.createHashTable(client);
    // SET b: 1 byte of name, the value, and 3 + 19 for the action: at most 409,577 bytes of
    // value, although the finished item (with "id" = "L") would still be under 400 KB.
    int most = 400 * 1024 - 1 - 22;

    update(table, "L", "SET b = :b", Map.of(":b", s("z".repeat(most))));
    assertValidation(
        () -> update(table, "M", "SET b = :b", Map.of(":b", s("z".repeat(most + 1)))),
        "Item size to update has exceeded the maximum allowed size");
    // A put of that same item is within the limit.
    client.putItem(
        r -> r.tableName(table).item(Map.of("id", s("M"), "b", s("z".repeat(most + 1)))));
  }

  @Test
  void updateThatGrowsAnItemPast400KbIsRejected() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r -> r.tableName(table).item(Map.of("id", s("x"), "a", s("y".repeat(300 * 1024)))));

    assertValidation(
        () -> update(table, "x", "SET b = :b", Map.of(":b", s("z".repeat(200 * 1024)))),
        "Item size to update has exceeded the maximum allowed size");
  }

  @Test
  void hashKeyLongerThan2048BytesIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("k".repeat(2049))))),
        "Size of hashkey has exceeded the maximum size limit of");
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("k".repeat(2048)))));
  }

  @Test
  void rangeKeyLongerThan1024BytesIsRejected() {
    String table = EngineFixture.createHashRangeTable(client);

    assertValidation(
        () ->
            client.putItem(
                r -> r.tableName(table).item(Map.of("pk", s("p"), "sk", s("k".repeat(1025))))),
        "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    client.putItem(r -> r.tableName(table).item(Map.of("pk", s("p"), "sk", s("k".repeat(1024)))));
  }

  // ---- return values ----

  @Test
  void putReturnsTheOldItemWithAllOld() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "v", n("1"))));

    var response =
        client.putItem(
            r ->
                r.tableName(table)
                    .item(Map.of("id", s("x"), "v", n("2")))
                    .returnValues(ReturnValue.ALL_OLD));

    assertThat(response.attributes()).isEqualTo(Map.of("id", s("x"), "v", n("1")));
  }

  @Test
  void putOfANewItemWithAllOldReturnsNoAttributes() {
    String table = EngineFixture.createHashTable(client);

    var response =
        client.putItem(
            r -> r.tableName(table).item(Map.of("id", s("x"))).returnValues(ReturnValue.ALL_OLD));

    assertThat(response.hasAttributes()).isFalse();
  }

  @Test
  void putWithUpdatedNewIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.putItem(
                r ->
                    r.tableName(table)
                        .item(Map.of("id", s("x")))
                        .returnValues(ReturnValue.UPDATED_NEW)),
        "ReturnValues can only be ALL_OLD or NONE");
  }

  @Test
  void deleteReturnsTheDeletedItemWithAllOld() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "v", n("1"))));

    var response =
        client.deleteItem(r -> r.tableName(table).key(id("x")).returnValues(ReturnValue.ALL_OLD));

    assertThat(response.attributes()).isEqualTo(Map.of("id", s("x"), "v", n("1")));
    assertThat(client.getItem(r -> r.tableName(table).key(id("x"))).hasItem()).isFalse();
  }

  @Test
  void writesWithReturnValuesNoneReturnNoAttributes() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "v", n("1"))));

    var put =
        client.putItem(
            r ->
                r.tableName(table)
                    .item(Map.of("id", s("x"), "v", n("2")))
                    .returnValues(ReturnValue.NONE));
    var updated =
        client.updateItem(
            r ->
                r.tableName(table)
                    .key(id("x"))
                    .updateExpression("SET v = :v")
                    .expressionAttributeValues(Map.of(":v", n("3")))
                    .returnValues(ReturnValue.NONE));
    var deleted =
        client.deleteItem(r -> r.tableName(table).key(id("x")).returnValues(ReturnValue.NONE));

    assertThat(put.hasAttributes()).isFalse();
    assertThat(updated.hasAttributes()).isFalse();
    assertThat(deleted.hasAttributes()).isFalse();
  }

  private static UpdateItemResponse updateReturning(ReturnValue returnValue) {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("id", s("x"), "a", n("1"), "b", s("keep"), "c", s("gone"))));
    return client.updateItem(
        r ->
            r.tableName(table)
                .key(id("x"))
                .updateExpression("SET a = a + :one, d = :d REMOVE c")
                .expressionAttributeValues(Map.of(":one", n("1"), ":d", s("new")))
                .returnValues(returnValue));
  }

  @Test
  void updateWithAllOldReturnsTheWholeOldItem() {
    assertThat(updateReturning(ReturnValue.ALL_OLD).attributes())
        .isEqualTo(Map.of("id", s("x"), "a", n("1"), "b", s("keep"), "c", s("gone")));
  }

  @Test
  void updateWithAllNewReturnsTheWholeNewItem() {
    assertThat(updateReturning(ReturnValue.ALL_NEW).attributes())
        .isEqualTo(Map.of("id", s("x"), "a", n("2"), "b", s("keep"), "d", s("new")));
  }

  @Test
  void updateWithUpdatedOldReturnsOnlyTheOldValuesOfUpdatedAttributes() {
    assertThat(updateReturning(ReturnValue.UPDATED_OLD).attributes())
        .isEqualTo(Map.of("a", n("1"), "c", s("gone")));
  }

  @Test
  void updateWithUpdatedNewReturnsOnlyTheNewValuesOfUpdatedAttributes() {
    assertThat(updateReturning(ReturnValue.UPDATED_NEW).attributes())
        .isEqualTo(Map.of("a", n("2"), "d", s("new")));
  }

  // ---- condition expressions ----

  private static String conditionTable() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "id", s("c"),
                        "n", n("10"),
                        "name", s("alpha"),
                        "tags", AttributeValue.fromSs(List.of("red", "green")),
                        "list", l(s("x"), n("2")),
                        "m", m(Map.of("inr", n("5"))))));
    return table;
  }

  private static boolean holds(
      String table,
      String condition,
      Map<String, AttributeValue> values,
      Map<String, String> names) {
    Map<String, AttributeValue> all = new HashMap<>(values);
    all.put(":touch", n("1"));
    try {
      client.updateItem(
          r -> {
            r.tableName(table)
                .key(id("c"))
                .updateExpression("SET touched = :touch")
                .conditionExpression(condition)
                .expressionAttributeValues(all);
            if (!names.isEmpty()) {
              r.expressionAttributeNames(names);
            }
          });
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private static boolean holds(String table, String condition, Map<String, AttributeValue> values) {
    return holds(table, condition, values, Map.of());
  }

  @Test
  void attributeExistsAndNotExistsTestPresence() {
    String table = conditionTable();

    assertThat(holds(table, "attribute_exists(n)", Map.of())).isTrue();
    assertThat(holds(table, "attribute_exists(absent)", Map.of())).isFalse();
    assertThat(holds(table, "attribute_not_exists(absent)", Map.of())).isTrue();
    assertThat(holds(table, "attribute_not_exists(n)", Map.of())).isFalse();
    assertThat(holds(table, "attribute_exists(m.inr)", Map.of())).isTrue();
    assertThat(holds(table, "attribute_exists(#l[5])", Map.of(), Map.of("#l", "list"))).isFalse();
  }

  @Test
  void comparisonsCompareNumbersNumerically() {
    String table = conditionTable();

    assertThat(holds(table, "n = :v", Map.of(":v", n("10.0")))).isTrue();
    assertThat(holds(table, "n <> :v", Map.of(":v", n("10")))).isFalse();
    assertThat(holds(table, "n < :v", Map.of(":v", n("9")))).isFalse();
    assertThat(holds(table, "n <= :v", Map.of(":v", n("10")))).isTrue();
    assertThat(holds(table, "n > :v", Map.of(":v", n("9.99")))).isTrue();
    assertThat(holds(table, "n >= :v", Map.of(":v", n("11")))).isFalse();
    assertThat(holds(table, "m.inr < n", Map.of())).isTrue();
  }

  @Test
  void comparisonWithADifferentTypeIsFalse() {
    String table = conditionTable();

    assertThat(holds(table, "n = :v", Map.of(":v", s("10")))).isFalse();
    assertThat(holds(table, "n < :v", Map.of(":v", s("zzz")))).isFalse();
    assertThat(holds(table, "n <> :v", Map.of(":v", s("10")))).isTrue();
  }

  @Test
  void sizeMeasuresStringsSetsListsAndMaps() {
    String table = conditionTable();

    assertThat(holds(table, "size(#n) = :five", Map.of(":five", n("5")), Map.of("#n", "name")))
        .isTrue();
    assertThat(holds(table, "size(tags) = :two", Map.of(":two", n("2")))).isTrue();
    assertThat(holds(table, "size(#l) > :one", Map.of(":one", n("1")), Map.of("#l", "list")))
        .isTrue();
    assertThat(holds(table, "size(m) = :one", Map.of(":one", n("1")))).isTrue();
    assertThat(holds(table, "size(absent) = :one", Map.of(":one", n("1")))).isFalse();
  }

  @Test
  void beginsWithAndContainsMatchStringsAndSets() {
    String table = conditionTable();

    assertThat(holds(table, "begins_with(#n, :p)", Map.of(":p", s("alp")), Map.of("#n", "name")))
        .isTrue();
    assertThat(holds(table, "begins_with(#n, :p)", Map.of(":p", s("beta")), Map.of("#n", "name")))
        .isFalse();
    assertThat(holds(table, "contains(#n, :p)", Map.of(":p", s("ph")), Map.of("#n", "name")))
        .isTrue();
    assertThat(holds(table, "contains(tags, :t)", Map.of(":t", s("red")))).isTrue();
    assertThat(holds(table, "contains(tags, :t)", Map.of(":t", s("blue")))).isFalse();
    assertThat(holds(table, "contains(#l, :t)", Map.of(":t", n("2")), Map.of("#l", "list")))
        .isTrue();
  }

  @Test
  void inAndBetweenTestMembershipAndRange() {
    String table = conditionTable();

    assertThat(
            holds(table, "n IN (:a, :b, :c)", Map.of(":a", n("1"), ":b", n("10"), ":c", s("10"))))
        .isTrue();
    assertThat(holds(table, "n IN (:a, :b)", Map.of(":a", n("1"), ":b", s("10")))).isFalse();
    assertThat(holds(table, "n BETWEEN :lo AND :hi", Map.of(":lo", n("10"), ":hi", n("20"))))
        .isTrue();
    assertThat(holds(table, "n BETWEEN :lo AND :hi", Map.of(":lo", n("11"), ":hi", n("20"))))
        .isFalse();
  }

  @Test
  void logicalOperatorsCombineWithPrecedence() {
    String table = conditionTable();
    Map<String, AttributeValue> v = Map.of(":ten", n("10"), ":one", n("1"));

    assertThat(holds(table, "n = :ten AND n = :one", v)).isFalse();
    assertThat(holds(table, "n = :one OR n = :ten", v)).isTrue();
    assertThat(holds(table, "NOT n = :one", Map.of(":one", n("1")))).isTrue();
    // NOT binds tighter than AND, AND tighter than OR.
    assertThat(holds(table, "n = :one AND n = :one OR n = :ten", v)).isTrue();
    assertThat(holds(table, "n = :one AND (n = :one OR n = :ten)", v)).isFalse();
    assertThat(holds(table, "NOT (n = :one OR n = :ten)", v)).isFalse();
    assertThat(holds(table, "NOT n = :one AND n = :one", Map.of(":one", n("1")))).isFalse();
  }

  @Test
  void conditionOnAMissingItemSeesNoAttributes() {
    String table = EngineFixture.createHashTable(client);

    client.putItem(
        r -> r.tableName(table).item(id("new")).conditionExpression("attribute_not_exists(id)"));

    assertThatThrownBy(
            () ->
                client.putItem(
                    r ->
                        r.tableName(table)
                            .item(id("new"))
                            .conditionExpression("attribute_not_exists(id)")))
        .isInstanceOf(ConditionalCheckFailedException.class)
        .hasMessageContaining("The conditional request failed");
  }

  // ---- update expressions ----

  @Test
  void setWithArithmeticAddsAndSubtracts() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "a", n("10"), "b", n("3"))));

    Map<String, AttributeValue> after =
        update(
            table,
            "x",
            "SET a = a + :v, b = b - :w, c = a - b",
            Map.of(":v", n("0.5"), ":w", n("5")));

    assertThat(after)
        .containsEntry("a", n("10.5"))
        .containsEntry("b", n("-2"))
        .containsEntry("c", n("7"));
  }

  @Test
  void arithmeticOnAMissingAttributeIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> update(table, "x", "SET a = a + :v", Map.of(":v", n("1"))),
        "The provided expression refers to an attribute that does not exist in the item");
  }

  @Test
  void ifNotExistsUsesTheFallbackOnlyWhenMissing() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "a", n("5"))));

    Map<String, AttributeValue> after =
        update(
            table,
            "x",
            "SET a = if_not_exists(a, :zero) + :one, b = if_not_exists(b, :zero) + :one",
            Map.of(":zero", n("0"), ":one", n("1")));

    assertThat(after).containsEntry("a", n("6")).containsEntry("b", n("1"));
  }

  @Test
  void listAppendAppendsAndPrepends() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "l", l(s("b")))));

    Map<String, AttributeValue> after =
        update(
            table,
            "x",
            "SET l = list_append(:front, l), l2 = list_append(if_not_exists(l2, :empty), :back)",
            Map.of(":front", l(s("a")), ":empty", l(), ":back", l(s("z"))));
    Map<String, AttributeValue> again =
        update(table, "x", "SET l = list_append(l, :more)", Map.of(":more", l(s("c"), s("d"))));

    assertThat(after).containsEntry("l", l(s("a"), s("b"))).containsEntry("l2", l(s("z")));
    assertThat(again).containsEntry("l", l(s("a"), s("b"), s("c"), s("d")));
  }

  @Test
  void setOfANestedPathChangesOnlyThatPath() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "id", s("x"), "m", m(Map.of("keep", s("k"), "list", l(n("1"), n("2")))))));

    Map<String, AttributeValue> after =
        client
            .updateItem(
                r ->
                    r.tableName(table)
                        .key(id("x"))
                        .updateExpression("SET m.added = :a, m.#l[1] = :b")
                        .expressionAttributeNames(Map.of("#l", "list"))
                        .expressionAttributeValues(Map.of(":a", s("new"), ":b", n("20")))
                        .returnValues(ReturnValue.ALL_NEW))
            .attributes();

    assertThat(after.get("m"))
        .isEqualTo(m(Map.of("keep", s("k"), "added", s("new"), "list", l(n("1"), n("20")))));
  }

  @Test
  void removeDeletesAttributesAndListElements() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "id",
                        s("x"),
                        "a",
                        s("gone"),
                        "l",
                        l(s("0"), s("1"), s("2"), s("3")),
                        "m",
                        m(Map.of("x", s("1"), "y", s("2"))))));

    Map<String, AttributeValue> after =
        update(table, "x", "REMOVE a, l[1], l[3], m.x, nothing", Map.of());

    assertThat(after)
        .doesNotContainKey("a")
        .containsEntry("l", l(s("0"), s("2")))
        .containsEntry("m", m(Map.of("y", s("2"))));
  }

  @Test
  void addIncrementsNumbersAndUnionsSets() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of("id", s("x"), "n", n("5"), "ss", AttributeValue.fromSs(List.of("a")))));

    Map<String, AttributeValue> after =
        update(
            table,
            "x",
            "ADD n :d, ss :more, fresh :d",
            Map.of(":d", n("-2"), ":more", AttributeValue.fromSs(List.of("a", "b"))));

    assertThat(after).containsEntry("n", n("3")).containsEntry("fresh", n("-2"));
    assertThat(after.get("ss").ss()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void deleteRemovesSetMembersAndTheAttributeWhenEmpty() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "id",
                        s("x"),
                        "ss",
                        AttributeValue.fromSs(List.of("a", "b", "c")),
                        "ns",
                        AttributeValue.fromNs(List.of("1")))));

    Map<String, AttributeValue> after =
        update(
            table,
            "x",
            "DELETE ss :ab, ns :one",
            Map.of(
                ":ab",
                AttributeValue.fromSs(List.of("a", "b", "zz")),
                ":one",
                AttributeValue.fromNs(List.of("1"))));

    assertThat(after.get("ss").ss()).containsExactly("c");
    assertThat(after).doesNotContainKey("ns");
  }

  @Test
  void updateOfAMissingItemCreatesIt() {
    String table = EngineFixture.createHashTable(client);

    Map<String, AttributeValue> after = update(table, "fresh", "SET a = :a", Map.of(":a", s("v")));

    assertThat(after).isEqualTo(Map.of("id", s("fresh"), "a", s("v")));
  }

  @Test
  void unusedExpressionAttributeValueIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> update(table, "x", "SET a = :a", Map.of(":a", n("1"), ":b", n("2"))),
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}");
  }

  @Test
  void unusedExpressionAttributeNameIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.updateItem(
                r ->
                    r.tableName(table)
                        .key(id("x"))
                        .updateExpression("SET a = :a")
                        .expressionAttributeValues(Map.of(":a", n("1")))
                        .expressionAttributeNames(Map.of("#unused", "b"))),
        "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
  }

  @Test
  void undefinedExpressionAttributeValueIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> update(table, "x", "SET a = :missing", Map.of()),
        "An expression attribute value used in expression is not defined; attribute value:"
            + " :missing");
  }

  @Test
  void reservedWordAsABareNameIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> update(table, "x", "SET status = :s", Map.of(":s", s("on"))),
        "Attribute name is a reserved keyword; reserved keyword: status");
  }

  @Test
  void updatingAKeyAttributeIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> update(table, "x", "SET id = :v", Map.of(":v", s("y"))),
        "One or more parameter values were invalid: Cannot update attribute id. This attribute"
            + " is part of the key");
  }

  @Test
  void twoUpdatesOfOverlappingPathsAreRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () -> update(table, "x", "SET a = :v REMOVE a", Map.of(":v", n("1"))),
        "Two document paths overlap with each other");
  }

  @Test
  void anIndexKeyErrorNamesTheAlphabeticallyFirstIndexAndTheEmptyValuesType() {
    String table = EngineFixture.uniqueName("idx");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode("PAY_PER_REQUEST")
                .attributeDefinitions(
                    a -> a.attributeName("pk").attributeType("S"),
                    a -> a.attributeName("sk").attributeType("S"),
                    a -> a.attributeName("lsi1sk").attributeType("S"),
                    a -> a.attributeName("bidx").attributeType("B"))
                .keySchema(
                    k -> k.attributeName("pk").keyType("HASH"),
                    k -> k.attributeName("sk").keyType("RANGE"))
                .localSecondaryIndexes(
                    i ->
                        i.indexName("lsi1")
                            .keySchema(
                                k -> k.attributeName("pk").keyType("HASH"),
                                k -> k.attributeName("lsi1sk").keyType("RANGE"))
                            .projection(p -> p.projectionType("ALL")))
                .globalSecondaryIndexes(
                    i ->
                        i.indexName("gsi1")
                            .keySchema(k -> k.attributeName("lsi1sk").keyType("HASH"))
                            .projection(p -> p.projectionType("ALL")),
                    i ->
                        i.indexName("gsib")
                            .keySchema(k -> k.attributeName("bidx").keyType("HASH"))
                            .projection(p -> p.projectionType("ALL"))));

    assertValidation(
        () ->
            client.putItem(
                r ->
                    r.tableName(table)
                        .item(
                            Map.of(
                                "pk", s("a"), "sk", s("a"), "lsi1sk", AttributeValue.fromN("5")))),
        "One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S"
            + " Actual: N IndexName: gsi1");
    assertValidation(
        () ->
            client.putItem(
                r -> r.tableName(table).item(Map.of("pk", s("a"), "sk", s("a"), "bidx", b()))),
        "One or more parameter values are not valid. A value specified for a secondary index key is"
            + " not supported. The AttributeValue for a key attribute cannot contain an empty binary"
            + " value. IndexName: gsib, IndexKey: bidx");
  }

  private static AttributeValue nestedMaps(int maps) {
    AttributeValue value = s("leaf");
    for (int i = 0; i < maps; i++) {
      value = m(Map.of("n", value));
    }
    return value;
  }

  @Test
  void valuesNestedUpTo32LevelsAreStoredAndDeeperOnesRefused() {
    String table = EngineFixture.createHashTable(client);
    String refused =
        "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels"
            + " beyond supported limit";

    assertThat(roundTrip(table, "deep", Map.of("d", nestedMaps(31))))
        .containsEntry("d", nestedMaps(31));
    assertValidation(
        () ->
            client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "d", nestedMaps(32)))),
        refused);
    AttributeValue deepList = s("leaf");
    for (int i = 0; i < 32; i++) {
      deepList = AttributeValue.fromL(List.of(deepList));
    }
    AttributeValue lists = deepList;
    assertValidation(
        () -> client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "d", lists))),
        refused);
    assertValidation(() -> update(table, "x", "SET d = :v", Map.of(":v", nestedMaps(32))), refused);
  }

  @Test
  void anAttributeNameOf64KilobytesLessOneIsStoredAndReadBack() {
    String table = EngineFixture.createHashTable(client);
    String name = "n".repeat(65_535);
    Map<String, AttributeValue> item = new HashMap<>(id("long-name"));
    item.put(name, AttributeValue.fromS("v"));

    client.putItem(r -> r.tableName(table).item(item));

    assertThat(client.getItem(r -> r.tableName(table).key(id("long-name"))).item())
        .containsEntry(name, AttributeValue.fromS("v"));
  }

  // ---- consumed capacity ----

  @Test
  void returnConsumedCapacityTotalReportsTheTableAndUnits() {
    String table = EngineFixture.createHashTable(client);

    ConsumedCapacity put =
        client
            .putItem(
                r ->
                    r.tableName(table)
                        .item(id("x"))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
            .consumedCapacity();
    ConsumedCapacity get =
        client
            .getItem(
                r ->
                    r.tableName(table)
                        .key(id("x"))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
            .consumedCapacity();
    ConsumedCapacity strong =
        client
            .getItem(
                r ->
                    r.tableName(table)
                        .key(id("x"))
                        .consistentRead(true)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
            .consumedCapacity();
    ConsumedCapacity none =
        client.putItem(r -> r.tableName(table).item(id("y"))).consumedCapacity();

    assertThat(put.tableName()).isEqualTo(table);
    assertThat(put.capacityUnits()).isEqualTo(1.0);
    assertThat(get.capacityUnits()).isEqualTo(0.5);
    assertThat(strong.capacityUnits()).isEqualTo(1.0);
    assertThat(none).isNull();
    // Only transactions split their units into read and write.
    assertThat(put.writeCapacityUnits()).isNull();
    assertThat(get.readCapacityUnits()).isNull();
  }

  @Test
  void returnConsumedCapacityIndexesBreaksDownTableAndIndexUnits() {
    String table = EngineFixture.uniqueName("cap");
    client.createTable(
        r ->
            r.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build(),
                    AttributeDefinition.builder()
                        .attributeName("g")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(
                            KeySchemaElement.builder()
                                .attributeName("g")
                                .keyType(KeyType.HASH)
                                .build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));

    ConsumedCapacity c =
        client
            .putItem(
                r ->
                    r.tableName(table)
                        .item(Map.of("id", s("x"), "g", s("y")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
            .consumedCapacity();

    assertThat(c.capacityUnits()).isEqualTo(2.0);
    assertThat(c.table().capacityUnits()).isEqualTo(1.0);
    assertThat(c.globalSecondaryIndexes()).containsOnlyKeys("byG");
    assertThat(c.globalSecondaryIndexes().get("byG").capacityUnits()).isEqualTo(1.0);

    ConsumedCapacity same =
        client
            .putItem(
                r ->
                    r.tableName(table)
                        .item(Map.of("id", s("x"), "g", s("y")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
            .consumedCapacity();
    ConsumedCapacity moved =
        client
            .putItem(
                r ->
                    r.tableName(table)
                        .item(Map.of("id", s("x"), "g", s("z")))
                        .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
            .consumedCapacity();

    // An unchanged index entry costs nothing; a moved one a delete and a put.
    assertThat(same.capacityUnits()).isEqualTo(1.0);
    assertThat(same.hasGlobalSecondaryIndexes()).isFalse();
    assertThat(moved.capacityUnits()).isEqualTo(3.0);
    assertThat(moved.globalSecondaryIndexes().get("byG").capacityUnits()).isEqualTo(2.0);
  }

  // ---- legacy parameters ----

  @Test
  void legacyExpectedGuardsAPut() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "v", n("1"))));

    assertThatThrownBy(
            () ->
                client.putItem(
                    r ->
                        r.tableName(table)
                            .item(id("x"))
                            .expected(
                                Map.of(
                                    "id", ExpectedAttributeValue.builder().exists(false).build()))))
        .isInstanceOf(ConditionalCheckFailedException.class);
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("id", s("x"), "v", n("2")))
                .expected(Map.of("v", ExpectedAttributeValue.builder().value(n("1")).build())));

    assertThat(client.getItem(r -> r.tableName(table).key(id("x"))).item())
        .containsEntry("v", n("2"));
  }

  @Test
  void legacyAttributeUpdatesPutAddAndDelete() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(
        r -> r.tableName(table).item(Map.of("id", s("x"), "n", n("1"), "gone", s("bye"))));

    var response =
        client.updateItem(
            r ->
                r.tableName(table)
                    .key(id("x"))
                    .attributeUpdates(
                        Map.of(
                            "n",
                                AttributeValueUpdate.builder()
                                    .action(AttributeAction.ADD)
                                    .value(n("4"))
                                    .build(),
                            "p",
                                AttributeValueUpdate.builder()
                                    .action(AttributeAction.PUT)
                                    .value(s("v"))
                                    .build(),
                            "gone",
                                AttributeValueUpdate.builder()
                                    .action(AttributeAction.DELETE)
                                    .build()))
                    .returnValues(ReturnValue.ALL_NEW));

    assertThat(response.attributes()).isEqualTo(Map.of("id", s("x"), "n", n("5"), "p", s("v")));
  }

  @Test
  void legacyAttributesToGetProjectsAGet() {
    String table = EngineFixture.createHashTable(client);
    client.putItem(r -> r.tableName(table).item(Map.of("id", s("x"), "a", s("1"), "b", s("2"))));

    assertThat(client.getItem(r -> r.tableName(table).key(id("x")).attributesToGet("a")).item())
        .isEqualTo(Map.of("a", s("1")));
  }

  @Test
  void legacyKeyConditionsAndQueryFilterSelectItems() {
    String table = EngineFixture.createHashRangeTable(client);
    for (String sk : List.of("a1", "a2", "b1")) {
      client.putItem(
          r ->
              r.tableName(table)
                  .item(Map.of("pk", s("p"), "sk", s(sk), "v", n(sk.endsWith("1") ? "1" : "2"))));
    }

    var q =
        client.query(
            r ->
                r.tableName(table)
                    .keyConditions(
                        Map.of(
                            "pk",
                                Condition.builder()
                                    .comparisonOperator(ComparisonOperator.EQ)
                                    .attributeValueList(s("p"))
                                    .build(),
                            "sk",
                                Condition.builder()
                                    .comparisonOperator(ComparisonOperator.BEGINS_WITH)
                                    .attributeValueList(s("a"))
                                    .build()))
                    .queryFilter(
                        Map.of(
                            "v",
                            Condition.builder()
                                .comparisonOperator(ComparisonOperator.EQ)
                                .attributeValueList(n("1"))
                                .build())));

    assertThat(q.items()).extracting(i -> i.get("sk").s()).containsExactly("a1");
    assertThat(q.scannedCount()).isEqualTo(2);
  }

  @Test
  void legacyScanFilterSelectsItems() {
    String table = EngineFixture.createHashTable(client);
    for (int i = 0; i < 5; i++) {
      int v = i;
      client.putItem(r -> r.tableName(table).item(Map.of("id", s("i" + v), "v", n("" + v))));
    }

    var sc =
        client.scan(
            r ->
                r.tableName(table)
                    .scanFilter(
                        Map.of(
                            "v",
                            Condition.builder()
                                .comparisonOperator(ComparisonOperator.GE)
                                .attributeValueList(n("3"))
                                .build())));

    assertThat(sc.items()).extracting(i -> i.get("id").s()).containsExactlyInAnyOrder("i3", "i4");
    assertThat(sc.scannedCount()).isEqualTo(5);
  }

  @Test
  void mixingLegacyAndExpressionParametersIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertValidation(
        () ->
            client.getItem(
                r ->
                    r.tableName(table).key(id("x")).attributesToGet("a").projectionExpression("b")),
        "Can not use both expression and non-expression parameters in the same request");
  }
}
