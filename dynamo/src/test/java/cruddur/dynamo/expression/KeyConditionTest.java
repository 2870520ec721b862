package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.assertRejected;
import static cruddur.dynamo.expression.Fixtures.n;
import static cruddur.dynamo.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.protocol.DynamoException;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class KeyConditionTest {
  /** The values an expression uses, so that none is reported as unused. */
  private static String values(String expression) {
    StringBuilder b = new StringBuilder("'ExpressionAttributeValues': {");
    String sep = "";
    for (String[] v :
        new String[][] {{":h", "{'S': 'h'}"}, {":lo", "{'N': '1'}"}, {":hi", "{'N': '9'}"}}) {
      if (expression.matches(".*" + v[0] + "\\b.*")) {
        b.append(sep).append("'").append(v[0]).append("': ").append(v[1]);
        sep = ", ";
      }
    }
    return b.append("}").toString();
  }

  private static KeyCondition key(String expression) {
    return Fixtures.parse(
            RequestKind.QUERY,
            "{'KeyConditionExpression': '" + expression + "', " + values(expression) + "}")
        .keyCondition()
        .orElseThrow();
  }

  private static void rejected(String expression, String message) {
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditionExpression': '" + expression + "', " + values(expression) + "}",
        message);
  }

  @Test
  void hashEqualityAlone() {
    KeyCondition k =
        Fixtures.parse(
                RequestKind.QUERY,
                "{'KeyConditionExpression': 'pk = :h', 'ExpressionAttributeValues': {':h': {'S':"
                    + " 'h'}}}")
            .keyCondition()
            .orElseThrow();
    assertThat(k).isEqualTo(new KeyCondition("pk", s("h"), Optional.empty()));
  }

  @Test
  void rangeBetween() {
    KeyCondition k = key("pk = :h AND sk BETWEEN :lo AND :hi");
    assertThat(k.range())
        .contains(new RangeCondition("sk", RangeOperator.BETWEEN, n("1"), Optional.of(n("9"))));
    assertThat(k.range().orElseThrow().matches(n("5"))).isTrue();
    assertThat(k.range().orElseThrow().matches(n("10"))).isFalse();
  }

  @Test
  void valueOnTheLeftFlipsTheOperator() {
    KeyCondition k =
        Fixtures.parse(
                RequestKind.QUERY,
                "{'KeyConditionExpression': ':h = pk AND :lo < sk', 'ExpressionAttributeValues':"
                    + " {':h': {'S': 'h'}, ':lo': {'N': '1'}}}")
            .keyCondition()
            .orElseThrow();
    assertThat(k.range().orElseThrow().op()).isEqualTo(RangeOperator.GT);
  }

  @Test
  void beginsWithOnRangeKey() {
    KeyCondition k =
        Fixtures.parse(
                RequestKind.QUERY,
                "{'KeyConditionExpression': '#p = :h and begins_with(#s, :h)',"
                    + " 'ExpressionAttributeNames': {'#p': 'pk', '#s': 'sk'},"
                    + " 'ExpressionAttributeValues': {':h': {'S': 'h'}}}")
            .keyCondition()
            .orElseThrow();
    assertThat(k.range().orElseThrow().op()).isEqualTo(RangeOperator.BEGINS_WITH);
    assertThat(k.range().orElseThrow().matches(s("hello"))).isTrue();
  }

  @Test
  void parenthesesAroundEachConditionOrTheWholeAreAccepted() {
    KeyCondition expected =
        new KeyCondition(
            "pk",
            s("h"),
            Optional.of(new RangeCondition("sk", RangeOperator.EQ, n("1"), Optional.empty())));
    assertThat(key("(pk = :h) AND (sk = :lo)")).isEqualTo(expected);
    assertThat(key("(pk = :h AND sk = :lo)")).isEqualTo(expected);
    assertThat(key("(pk = :h AND (sk = :lo))")).isEqualTo(expected);
  }

  @Test
  void doubleParenthesesAroundAKeyConditionAreRedundant() {
    String message = "Invalid KeyConditionExpression: The expression has redundant parentheses;";
    rejected("((pk = :h)) AND (sk = :lo)", message);
    rejected("((pk = :h)) AND ((sk = :lo))", message);
    rejected("((pk = :h))", message);
  }

  @Test
  void orIsNotAllowed() {
    rejected(
        "pk = :h OR sk = :lo AND sk = :hi", "Invalid operator used in KeyConditionExpression: OR");
  }

  @Test
  void hashKeyMustUseEquality() {
    rejected("pk < :h", "Query key condition not supported");
  }

  @Test
  void hashKeyMustBePresent() {
    rejected("sk = :lo AND sk2 = :hi", "Query condition missed key schema element: pk");
  }

  @Test
  void nonKeyAttributeIsReportedAsMissedRangeKey() {
    rejected("pk = :h AND extra = :lo", "Query condition missed key schema element: sk");
  }

  @Test
  void oneConditionPerKey() {
    rejected(
        "pk = :h AND sk > :lo AND sk < :hi",
        "KeyConditionExpressions must only contain one condition per key");
  }

  @Test
  void nestedAttributesAreRejected() {
    rejected(
        "pk = :h AND sk.x = :lo",
        "KeyConditionExpressions cannot have conditions on nested attributes");
  }

  @Test
  void twoAttributesInOneConditionAreRejected() {
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditionExpression': 'pk = sk'}",
        "Invalid condition in KeyConditionExpression: Multiple attribute names used in one"
            + " condition");
  }

  @Test
  void notEqualsIsNotAllowed() {
    rejected("pk <> :h", "Invalid operator used in KeyConditionExpression: <>");
  }

  @Test
  void containsIsNotAllowed() {
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditionExpression': 'contains(pk, :h)', 'ExpressionAttributeValues': {':h':"
            + " {'S': 'h'}}}",
        "Invalid operator used in KeyConditionExpression: contains");
  }

  @Test
  void keyValuesMustBeScalar() {
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditionExpression': 'pk = :h', 'ExpressionAttributeValues': {':h': {'SS':"
            + " ['h']}}}",
        "One or more parameter values were invalid: Condition parameter type does not match"
            + " schema type");
  }

  @Test
  void legacyKeyConditions() {
    KeyCondition k =
        Fixtures.parse(
                RequestKind.QUERY,
                "{'KeyConditions': {'pk': {'ComparisonOperator': 'EQ', 'AttributeValueList':"
                    + " [{'S': 'h'}]}, 'sk': {'ComparisonOperator': 'GE', 'AttributeValueList':"
                    + " [{'N': '3'}]}}}")
            .keyCondition()
            .orElseThrow();
    assertThat(k.hashValue()).isEqualTo(s("h"));
    assertThat(k.range())
        .contains(new RangeCondition("sk", RangeOperator.GE, n("3"), Optional.empty()));
  }

  @Test
  void legacyKeyConditionsRejectNonIndexableOperators() {
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditions': {'pk': {'ComparisonOperator': 'NE', 'AttributeValueList': [{'S':"
            + " 'h'}]}}}",
        "Attempted conditional constraint is not an indexable operation");
  }

  @Test
  void legacyKeyConditionsNeedOneOrTwoEntries() {
    assertRejected(
        RequestKind.QUERY, "{'KeyConditions': {}}", "Conditions can be of length 1 or 2 only");
  }

  @Test
  void queryNeedsAKeyCondition() {
    assertRejected(
        RequestKind.QUERY,
        "{'FilterExpression': 'a = :v', 'ExpressionAttributeValues': {':v': {'S': 'x'}}}",
        "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
            + " request.");
  }

  @Test
  void hashOnlyTableRejectsASecondCondition() {
    Assertions.assertThatThrownBy(
            () ->
                RequestExpressions.parse(
                    Fixtures.json(
                        "{'KeyConditionExpression': 'pk = :h AND sk = :h',"
                            + " 'ExpressionAttributeValues': {':h': {'S': 'h'}}}"),
                    RequestKind.QUERY,
                    Fixtures.HASH_ONLY))
        .isInstanceOf(DynamoException.class)
        .hasMessage("Query key condition not supported");
  }

  @Test
  void queryFilterMayNotUseKeyAttributes() {
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditionExpression': 'pk = :h', 'FilterExpression': 'sk = :h',"
            + " 'ExpressionAttributeValues': {':h': {'S': 'h'}}}",
        "Filter Expression can only contain non-primary key attributes: Primary key attribute:"
            + " sk");
  }
}
