package cruddur.dynamo.server;

import static cruddur.dynamo.server.EngineFixture.l;
import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static cruddur.dynamo.server.EngineFixture.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan: key conditions, ordering, paging, filters, projections and indexes. */
class QueryScanTest extends EngineTest {
  private static final List<String> NUMBERS =
      List.of(
          "-100", "-10.5", "-10", "-1", "-0.5", "0", "0.25", "1", "1.5", "2", "10", "99.99", "100",
          "1e3");
  // In UTF-8 byte order: uppercase < lowercase < "é" (C3 A9) < "｡" (EF BD A1) < "😀" (F0 ..).
  private static final List<String> STRINGS =
      List.of("A", "Z", "a", "ab", "abc", "b", "é", "\uFF61", "\uD83D\uDE00");

  private static String numbers;
  private static String strings;

  @BeforeAll
  static void createTables() {
    numbers = createTable(ScalarAttributeType.N);
    List<String> shuffled = new ArrayList<>(NUMBERS);
    java.util.Collections.shuffle(shuffled, new java.util.Random(1));
    for (String v : shuffled) {
      client.putItem(r -> r.tableName(numbers).item(Map.of("pk", s("p"), "sk", n(v), "v", n(v))));
    }
    client.putItem(r -> r.tableName(numbers).item(Map.of("pk", s("other"), "sk", n("1"))));
    strings = createTable(ScalarAttributeType.S);
    List<String> shuffledStrings = new ArrayList<>(STRINGS);
    java.util.Collections.shuffle(shuffledStrings, new java.util.Random(2));
    for (String v : shuffledStrings) {
      client.putItem(r -> r.tableName(strings).item(Map.of("pk", s("p"), "sk", s(v))));
    }
    client.putItem(r -> r.tableName(strings).item(Map.of("pk", s("other"), "sk", s("a"))));
  }

  private static AttributeDefinition attr(String name, ScalarAttributeType type) {
    return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
  }

  private static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }

  private static String errorCode(Throwable e) {
    return ((DynamoDbException) e).awsErrorDetails().errorCode();
  }

  private static String createTable(ScalarAttributeType sortType) {
    String name = uniqueName("q");
    client.createTable(
        r ->
            r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", sortType))
                .keySchema(hash("pk"), range("sk")));
    return name;
  }

  private static List<String> numberKeys(String condition, Map<String, AttributeValue> values) {
    Map<String, AttributeValue> all = new HashMap<>(values);
    all.put(":p", s("p"));
    return client
        .query(
            r ->
                r.tableName(numbers)
                    .keyConditionExpression("pk = :p" + condition)
                    .expressionAttributeValues(all))
        .items()
        .stream()
        .map(i -> i.get("sk").n())
        .toList();
  }

  private static List<String> stringKeys(String condition, Map<String, AttributeValue> values) {
    Map<String, AttributeValue> all = new HashMap<>(values);
    all.put(":p", s("p"));
    return client
        .query(
            r ->
                r.tableName(strings)
                    .keyConditionExpression("pk = :p" + condition)
                    .expressionAttributeValues(all))
        .items()
        .stream()
        .map(i -> i.get("sk").s())
        .toList();
  }

  /** NUMBERS as DynamoDB returns them (normalised), in numeric order. */
  private static List<String> normalisedNumbers() {
    return NUMBERS.stream()
        .map(BigDecimal::new)
        .sorted()
        .map(b -> b.stripTrailingZeros().toPlainString())
        .toList();
  }

  private static List<String> numbersWhere(java.util.function.Predicate<BigDecimal> p) {
    return normalisedNumbers().stream().filter(v -> p.test(new BigDecimal(v))).toList();
  }

  // ---- key conditions on a number sort key ----

  @Test
  void numberSortKeysComeBackInNumericOrder() {
    assertThat(numberKeys("", Map.of())).containsExactlyElementsOf(normalisedNumbers());
  }

  @Test
  void numberEqualityMatchesOneItem() {
    assertThat(numberKeys(" AND sk = :v", Map.of(":v", n("-10.50")))).containsExactly("-10.5");
  }

  @Test
  void numberLessThanExcludesTheBound() {
    assertThat(numberKeys(" AND sk < :v", Map.of(":v", n("-1"))))
        .containsExactlyElementsOf(numbersWhere(b -> b.compareTo(BigDecimal.ONE.negate()) < 0));
  }

  @Test
  void numberLessOrEqualIncludesTheBound() {
    assertThat(numberKeys(" AND sk <= :v", Map.of(":v", n("0"))))
        .containsExactlyElementsOf(numbersWhere(b -> b.signum() <= 0));
  }

  @Test
  void numberGreaterThanExcludesTheBound() {
    assertThat(numberKeys(" AND sk > :v", Map.of(":v", n("1.5"))))
        .containsExactlyElementsOf(numbersWhere(b -> b.compareTo(new BigDecimal("1.5")) > 0));
  }

  @Test
  void numberGreaterOrEqualIncludesTheBound() {
    assertThat(numberKeys(" AND sk >= :v", Map.of(":v", n("-0.5"))))
        .containsExactlyElementsOf(numbersWhere(b -> b.compareTo(new BigDecimal("-0.5")) >= 0));
  }

  @Test
  void numberBetweenIncludesBothBounds() {
    assertThat(numberKeys(" AND sk BETWEEN :lo AND :hi", Map.of(":lo", n("-10"), ":hi", n("2"))))
        .containsExactlyElementsOf(
            numbersWhere(
                b ->
                    b.compareTo(new BigDecimal("-10")) >= 0
                        && b.compareTo(new BigDecimal("2")) <= 0));
  }

  @Test
  void betweenWithTheBoundsReversedIsRejected() {
    assertThatThrownBy(
            () -> numberKeys(" AND sk BETWEEN :lo AND :hi", Map.of(":lo", n("2"), ":hi", n("-10"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "Invalid KeyConditionExpression: The BETWEEN operator requires"
                + " upper bound to be greater than or equal to lower bound");
  }

  @Test
  void beginsWithOnANumberSortKeyIsRejected() {
    assertThatThrownBy(() -> numberKeys(" AND begins_with(sk, :v)", Map.of(":v", n("1"))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Invalid KeyConditionExpression");
  }

  @Test
  void otherPartitionsAreNotReturned() {
    List<String> other =
        client
            .query(
                r ->
                    r.tableName(numbers)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("other"))))
            .items()
            .stream()
            .map(i -> i.get("sk").n())
            .toList();

    assertThat(other).containsExactly("1");
  }

  // ---- key conditions on a string sort key ----

  @Test
  void stringSortKeysComeBackInUtf8ByteOrder() {
    assertThat(stringKeys("", Map.of())).containsExactlyElementsOf(STRINGS);
  }

  @Test
  void stringEqualityMatchesOneItem() {
    assertThat(stringKeys(" AND sk = :v", Map.of(":v", s("ab")))).containsExactly("ab");
  }

  @Test
  void stringLessThanUsesByteOrder() {
    assertThat(stringKeys(" AND sk < :v", Map.of(":v", s("a")))).containsExactly("A", "Z");
  }

  @Test
  void stringLessOrEqualIncludesTheBound() {
    assertThat(stringKeys(" AND sk <= :v", Map.of(":v", s("ab"))))
        .containsExactly("A", "Z", "a", "ab");
  }

  @Test
  void stringGreaterThanPlacesSupplementaryCharactersLast() {
    assertThat(stringKeys(" AND sk > :v", Map.of(":v", s("b"))))
        .containsExactly("é", "\uFF61", "\uD83D\uDE00");
  }

  @Test
  void stringGreaterOrEqualIncludesTheBound() {
    assertThat(stringKeys(" AND sk >= :v", Map.of(":v", s("\uFF61"))))
        .containsExactly("\uFF61", "\uD83D\uDE00");
  }

  @Test
  void stringBetweenIncludesBothBounds() {
    assertThat(stringKeys(" AND sk BETWEEN :lo AND :hi", Map.of(":lo", s("Z"), ":hi", s("abc"))))
        .containsExactly("Z", "a", "ab", "abc");
  }

  @Test
  void beginsWithMatchesThePrefix() {
    assertThat(stringKeys(" AND begins_with(sk, :v)", Map.of(":v", s("a"))))
        .containsExactly("a", "ab", "abc");
  }

  @Test
  void keyConditionOnANonKeyAttributeIsRejected() {
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(strings)
                            .keyConditionExpression("#o = :p")
                            .expressionAttributeNames(Map.of("#o", "other"))
                            .expressionAttributeValues(Map.of(":p", s("p")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Query condition missed key schema element");
  }

  @Test
  void queryingAMissingTableIsResourceNotFound() {
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(uniqueName("missing"))
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("p")))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("Requested resource not found");
  }

  // ---- direction and paging ----

  @Test
  void scanIndexForwardFalseReversesTheOrder() {
    List<String> reversed =
        client
            .query(
                r ->
                    r.tableName(numbers)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("p")))
                        .scanIndexForward(false))
            .items()
            .stream()
            .map(i -> i.get("sk").n())
            .toList();

    List<String> expected = new ArrayList<>(normalisedNumbers());
    java.util.Collections.reverse(expected);
    assertThat(reversed).containsExactlyElementsOf(expected);
  }

  private static List<String> pageThrough(boolean forward, int limit) {
    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    int pages = 0;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page =
          client.query(
              r ->
                  r.tableName(numbers)
                      .keyConditionExpression("pk = :p")
                      .expressionAttributeValues(Map.of(":p", s("p")))
                      .scanIndexForward(forward)
                      .limit(limit)
                      .exclusiveStartKey(from));
      assertThat(page.count()).isLessThanOrEqualTo(limit);
      page.items().forEach(i -> seen.add(i.get("sk").n()));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
      if (start != null) {
        assertThat(start).containsOnlyKeys("pk", "sk");
      }
      pages++;
    } while (start != null && pages < 100);
    assertThat(pages).isGreaterThanOrEqualTo(NUMBERS.size() / limit);
    return seen;
  }

  @Test
  void limitPagingForwardVisitsEveryItemOnceInOrder() {
    assertThat(pageThrough(true, 3)).containsExactlyElementsOf(normalisedNumbers());
  }

  @Test
  void limitPagingBackwardVisitsEveryItemOnceInReverseOrder() {
    List<String> expected = new ArrayList<>(normalisedNumbers());
    java.util.Collections.reverse(expected);

    assertThat(pageThrough(false, 4)).containsExactlyElementsOf(expected);
  }

  @Test
  void scanPagingWithLimitVisitsEveryItemOnce() {
    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      ScanResponse page = client.scan(r -> r.tableName(strings).limit(2).exclusiveStartKey(from));
      assertThat(page.count()).isLessThanOrEqualTo(2);
      page.items().forEach(i -> seen.add(i.get("pk").s() + "/" + i.get("sk").s()));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);

    assertThat(seen).doesNotHaveDuplicates().hasSize(STRINGS.size() + 1);
  }

  // ---- filters, projections, select ----

  @Test
  void filterReducesCountButNotScannedCount() {
    QueryResponse q =
        client.query(
            r ->
                r.tableName(numbers)
                    .keyConditionExpression("pk = :p")
                    .filterExpression("v > :z")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":z", n("0"))));

    long positive = NUMBERS.stream().filter(v -> new BigDecimal(v).signum() > 0).count();
    assertThat(q.count()).isEqualTo((int) positive);
    assertThat(q.items()).hasSize((int) positive);
    assertThat(q.scannedCount()).isEqualTo(NUMBERS.size());
  }

  @Test
  void limitCountsItemsBeforeTheFilter() {
    QueryResponse q =
        client.query(
            r ->
                r.tableName(numbers)
                    .keyConditionExpression("pk = :p")
                    .filterExpression("v > :z")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":z", n("0")))
                    .limit(3));

    // The three smallest keys are all negative: evaluated, but filtered out.
    assertThat(q.scannedCount()).isEqualTo(3);
    assertThat(q.count()).isZero();
    assertThat(q.items()).isEmpty();
    assertThat(q.lastEvaluatedKey()).containsEntry("sk", n("-10"));
  }

  @Test
  void scanFilterCountsMatchesAndScannedItems() {
    ScanResponse sc =
        client.scan(
            r ->
                r.tableName(strings)
                    .filterExpression("begins_with(sk, :a)")
                    .expressionAttributeValues(Map.of(":a", s("a"))));

    assertThat(sc.count()).isEqualTo(4);
    assertThat(sc.scannedCount()).isEqualTo(STRINGS.size() + 1);
  }

  @Test
  void filterOnAKeyAttributeInAQueryIsRejected() {
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(numbers)
                            .keyConditionExpression("pk = :p")
                            .filterExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("p")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Filter Expression can only contain non-primary key attributes");
  }

  @Test
  void projectionExpressionReturnsOnlyTheNestedPathsAsked() {
    String table = EngineFixture.createHashRangeTable(client);
    Map<String, AttributeValue> doc =
        Map.of(
            "pk",
            s("p"),
            "sk",
            s("1"),
            "a",
            AttributeValue.fromM(Map.of("b", l(s("x"), s("y"), s("z")), "c", s("drop"))),
            "d",
            s("keep"),
            "e",
            s("drop"));
    client.putItem(r -> r.tableName(table).item(doc));

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .keyConditionExpression("pk = :p")
                    .projectionExpression("a.b[1], #d")
                    .expressionAttributeNames(Map.of("#d", "d"))
                    .expressionAttributeValues(Map.of(":p", s("p"))));

    assertThat(q.items())
        .containsExactly(
            Map.of(
                "a", AttributeValue.fromM(Map.of("b", l(s("y")))),
                "d", s("keep")));
  }

  @Test
  void selectCountReturnsTheCountWithoutItems() {
    QueryResponse q =
        client.query(
            r ->
                r.tableName(numbers)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p")))
                    .select(Select.COUNT));

    assertThat(q.count()).isEqualTo(NUMBERS.size());
    assertThat(q.hasItems()).isFalse();
  }

  @Test
  void selectCountWithAProjectionIsRejected() {
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(numbers)
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("p")))
                            .select(Select.COUNT)
                            .projectionExpression("sk")))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void selectSpecificAttributesWithoutAProjectionIsRejected() {
    String message =
        "Must specify the AttributesToGet or ProjectionExpression when choosing to get"
            + " SPECIFIC_ATTRIBUTES";
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(numbers)
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("p")))
                            .select(Select.SPECIFIC_ATTRIBUTES)))
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                    .isEqualTo("1 validation error detected: " + message));
    assertThatThrownBy(
            () -> client.scan(r -> r.tableName(numbers).select(Select.SPECIFIC_ATTRIBUTES)))
        .satisfies(
            e ->
                assertThat(((DynamoDbException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(message));
  }

  // ---- indexes ----

  private static String createIndexedTable() {
    String name = uniqueName("ix");
    client.createTable(
        r ->
            r.tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    attr("pk", ScalarAttributeType.S),
                    attr("sk", ScalarAttributeType.S),
                    attr("g", ScalarAttributeType.S),
                    attr("when", ScalarAttributeType.N))
                .keySchema(hash("pk"), range("sk"))
                .globalSecondaryIndexes(
                    GlobalSecondaryIndex.builder()
                        .indexName("byG")
                        .keySchema(hash("g"), range("when"))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build(),
                    GlobalSecondaryIndex.builder()
                        .indexName("byGKeys")
                        .keySchema(hash("g"))
                        .projection(
                            Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build())
                .localSecondaryIndexes(
                    LocalSecondaryIndex.builder()
                        .indexName("byWhen")
                        .keySchema(hash("pk"), range("when"))
                        .projection(
                            Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .build()));
    return name;
  }

  @Test
  void globalIndexQueryReturnsOnlyItemsThatHaveTheIndexKey() {
    String table = createIndexedTable();
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "pk", s("1"), "sk", s("a"), "g", s("red"), "when", n("3"), "x", s("one"))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "pk", s("2"), "sk", s("a"), "g", s("red"), "when", n("1"), "x", s("two"))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("3"), "sk", s("a"), "g", s("red"), "x", s("no when"))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("4"), "sk", s("a"), "when", n("2"), "x", s("no g"))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("5"), "sk", s("a"), "g", s("blue"), "when", n("2"))));

    QueryResponse red =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byG")
                    .keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", s("red"))));
    ScanResponse all = client.scan(r -> r.tableName(table).indexName("byG"));

    assertThat(red.items()).extracting(i -> i.get("x").s()).containsExactly("two", "one");
    assertThat(all.items())
        .extracting(i -> i.get("pk").s())
        .containsExactlyInAnyOrder("1", "2", "5");
  }

  @Test
  void keysOnlyGlobalIndexReturnsTableAndIndexKeys() {
    String table = createIndexedTable();
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "pk", s("1"), "sk", s("a"), "g", s("red"), "when", n("3"), "x", s("one"))));

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byGKeys")
                    .keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", s("red"))));

    assertThat(q.items()).containsExactly(Map.of("pk", s("1"), "sk", s("a"), "g", s("red")));
  }

  @Test
  void globalIndexPagingVisitsEveryItemOnce() {
    String table = createIndexedTable();
    for (int i = 0; i < 7; i++) {
      String pk = "p" + i;
      // Equal index keys for several items: paging must still not skip or repeat.
      client.putItem(
          r ->
              r.tableName(table)
                  .item(
                      Map.of(
                          "pk",
                          s(pk),
                          "sk",
                          s("a"),
                          "g",
                          s("same"),
                          "when",
                          n(pk.equals("p3") ? "2" : "1"))));
    }

    List<String> seen = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page =
          client.query(
              r ->
                  r.tableName(table)
                      .indexName("byG")
                      .keyConditionExpression("g = :g")
                      .expressionAttributeValues(Map.of(":g", s("same")))
                      .limit(2)
                      .exclusiveStartKey(from));
      page.items().forEach(i -> seen.add(i.get("pk").s()));
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
      if (start != null) {
        assertThat(start).containsOnlyKeys("pk", "sk", "g", "when");
      }
    } while (start != null);

    assertThat(seen).doesNotHaveDuplicates().hasSize(7).endsWith("p3");
  }

  @Test
  void localIndexQueryOrdersByTheIndexSortKey() {
    String table = createIndexedTable();
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("p"), "sk", s("a"), "when", n("30"), "x", s("1"))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("p"), "sk", s("b"), "when", n("10"), "x", s("2"))));
    client.putItem(r -> r.tableName(table).item(Map.of("pk", s("p"), "sk", s("c"), "x", s("3"))));
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("p"), "sk", s("d"), "when", n("20"), "x", s("4"))));

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byWhen")
                    .keyConditionExpression("pk = :p AND #w > :w")
                    .expressionAttributeNames(Map.of("#w", "when"))
                    .expressionAttributeValues(Map.of(":p", s("p"), ":w", n("5"))));

    assertThat(q.items()).extracting(i -> i.get("sk").s()).containsExactly("b", "d", "a");
    assertThat(q.items().get(0)).containsOnlyKeys("pk", "sk", "when");
  }

  @Test
  void localIndexQueryFetchesUnprojectedAttributesWhenAllAreSelected() {
    String table = createIndexedTable();
    client.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("pk", s("p"), "sk", s("a"), "when", n("1"), "x", s("payload"))));

    QueryResponse q =
        client.query(
            r ->
                r.tableName(table)
                    .indexName("byWhen")
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p")))
                    .select(Select.ALL_ATTRIBUTES)
                    .consistentRead(true));

    assertThat(q.items())
        .containsExactly(Map.of("pk", s("p"), "sk", s("a"), "when", n("1"), "x", s("payload")));
  }

  @Test
  void selectAllAttributesOnAKeysOnlyGlobalIndexIsRejected() {
    String table = createIndexedTable();

    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(table)
                            .indexName("byGKeys")
                            .keyConditionExpression("g = :g")
                            .expressionAttributeValues(Map.of(":g", s("red")))
                            .select(Select.ALL_ATTRIBUTES)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"));
  }

  @Test
  void startKeyFromAnotherPartitionIsRejected() {
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(numbers)
                            .keyConditionExpression("pk = :p")
                            .expressionAttributeValues(Map.of(":p", s("p")))
                            .exclusiveStartKey(Map.of("pk", s("other"), "sk", n("1")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "The provided starting key is outside query boundaries based on"
                + " provided conditions");
  }

  @Test
  void keyConditionWithoutThePartitionKeyIsRejected() {
    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(numbers)
                            .keyConditionExpression("sk = :v")
                            .expressionAttributeValues(Map.of(":v", n("1")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Query condition missed key schema element: pk");
  }

  @Test
  void consistentReadOnAGlobalIndexIsRejected() {
    String table = createIndexedTable();

    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(table)
                            .indexName("byG")
                            .keyConditionExpression("g = :g")
                            .expressionAttributeValues(Map.of(":g", s("red")))
                            .consistentRead(true)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("Consistent reads are not supported on global secondary indexes");
  }

  @Test
  void queryingAMissingIndexIsRejected() {
    String table = createIndexedTable();

    assertThatThrownBy(
            () ->
                client.query(
                    r ->
                        r.tableName(table)
                            .indexName("nope")
                            .keyConditionExpression("g = :g")
                            .expressionAttributeValues(Map.of(":g", s("red")))))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining("The table does not have the specified index: nope");
  }

  // ---- the 1 MB page ----

  @Test
  void pagesStopAtOneMegabyteAndPagingStillReturnsEverything() {
    String table = EngineFixture.createHashRangeTable(client);
    String payload = "x".repeat(100 * 1024);
    int items = 30;
    for (int i = 0; i < items; i++) {
      String sk = String.format("%03d", i);
      client.putItem(
          r -> r.tableName(table).item(Map.of("pk", s("big"), "sk", s(sk), "data", s(payload))));
    }

    QueryResponse first =
        client.query(
            r ->
                r.tableName(table)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("big"))));
    assertThat(first.count()).isBetween(9, 11);
    assertThat(first.lastEvaluatedKey()).isNotEmpty();

    List<String> seen = new ArrayList<>();
    for (QueryResponse page :
        client.queryPaginator(
            QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("big")))
                .build())) {
      page.items().forEach(i -> seen.add(i.get("sk").s()));
    }
    assertThat(seen).hasSize(items).doesNotHaveDuplicates().isSorted();

    ScanResponse scanFirst = client.scan(r -> r.tableName(table));
    assertThat(scanFirst.count()).isBetween(9, 11);
    assertThat(scanFirst.lastEvaluatedKey()).isNotEmpty();
    long scanned = 0;
    for (ScanResponse page : client.scanPaginator(ScanRequest.builder().tableName(table).build())) {
      scanned += page.count();
    }
    assertThat(scanned).isEqualTo(items);
  }

  // ---- parallel scan ----

  @Test
  void parallelScanSegmentsPartitionTheTable() {
    String table = EngineFixture.createHashTable(client);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      String id = "item-" + i;
      ids.add(id);
      client.putItem(r -> r.tableName(table).item(Map.of("id", s(id))));
    }

    int total = 4;
    List<String> union = new ArrayList<>();
    int nonEmpty = 0;
    for (int segment = 0; segment < total; segment++) {
      int seg = segment;
      List<String> part = new ArrayList<>();
      for (ScanResponse page :
          client.scanPaginator(
              ScanRequest.builder()
                  .tableName(table)
                  .segment(seg)
                  .totalSegments(total)
                  .limit(7)
                  .build())) {
        page.items().forEach(i -> part.add(i.get("id").s()));
      }
      nonEmpty += part.isEmpty() ? 0 : 1;
      union.addAll(part);
    }

    assertThat(union).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    assertThat(nonEmpty).isGreaterThan(1);
  }

  @Test
  void segmentWithoutTotalSegmentsIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(() -> client.scan(r -> r.tableName(table).segment(0)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "The TotalSegments parameter is required but was not present in"
                + " the request when Segment parameter is present");
  }

  @Test
  void segmentNotBelowTotalSegmentsIsRejected() {
    String table = EngineFixture.createHashTable(client);

    assertThatThrownBy(() -> client.scan(r -> r.tableName(table).segment(2).totalSegments(2)))
        .isInstanceOf(DynamoDbException.class)
        .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ValidationException"))
        .hasMessageContaining(
            "The Segment parameter is zero-based and must be less than"
                + " parameter TotalSegments");
  }

  // ---- paginators ----

  @Test
  void queryPaginatorReturnsEveryItem() {
    List<String> seen =
        client
            .queryPaginator(
                QueryRequest.builder()
                    .tableName(numbers)
                    .keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p")))
                    .limit(5)
                    .build())
            .items()
            .stream()
            .map(i -> i.get("sk").n())
            .toList();

    assertThat(seen).containsExactlyElementsOf(normalisedNumbers());
  }

  @Test
  void scanPaginatorReturnsEveryItem() {
    Map<String, Long> perPartition =
        client
            .scanPaginator(ScanRequest.builder().tableName(numbers).limit(4).build())
            .items()
            .stream()
            .collect(Collectors.groupingBy(i -> i.get("pk").s(), Collectors.counting()));

    assertThat(perPartition).isEqualTo(Map.of("p", (long) NUMBERS.size(), "other", 1L));
  }
}
