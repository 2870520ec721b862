package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.condition;
import static cruddur.dynamo.expression.Fixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionExpressionTest {
  private static final String VALUES =
      "{':one': {'N': '1'}, ':two': {'N': '2'}, ':three': {'N': '3'}, ':x': {'S': 'x'},"
          + " ':abc': {'S': 'abc'}, ':ab': {'S': 'ab'}}";

  @Test
  void comparisonsCompareNumbersNumerically() {
    Map<String, cruddur.dynamo.item.AttributeValue> it = item("{'a': {'N': '2.0'}}");
    assertThat(condition("a = :two", VALUES).test(it)).isTrue();
    assertThat(condition("a <> :two", VALUES).test(it)).isFalse();
    assertThat(condition("a < :three", VALUES).test(it)).isTrue();
    assertThat(condition("a <= :two", VALUES).test(it)).isTrue();
    assertThat(condition("a > :one", VALUES).test(it)).isTrue();
    assertThat(condition("a >= :three", VALUES).test(it)).isFalse();
  }

  @Test
  void comparisonOfMismatchedTypesIsFalseNotAnError() {
    Map<String, cruddur.dynamo.item.AttributeValue> it = item("{'a': {'S': '2'}}");
    assertThat(condition("a = :two", VALUES).test(it)).isFalse();
    assertThat(condition("a < :three", VALUES).test(it)).isFalse();
    assertThat(condition("a <> :two", VALUES).test(it)).isTrue();
  }

  @Test
  void missingAttributeIsNotEqualToAnything() {
    assertThat(condition("a = :one", VALUES).test(Map.of())).isFalse();
    assertThat(condition("a <> :one", VALUES).test(Map.of())).isTrue();
  }

  @Test
  void andBindsTighterThanOr() {
    Condition c = condition("a = :one OR a = :two AND b = :one", VALUES);
    assertThat(c.test(item("{'a': {'N': '1'}, 'b': {'N': '2'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '2'}, 'b': {'N': '2'}}"))).isFalse();
  }

  @Test
  void parenthesesOverridePrecedence() {
    Condition c = condition("(a = :one OR a = :two) AND b = :one", VALUES);
    assertThat(c.test(item("{'a': {'N': '1'}, 'b': {'N': '2'}}"))).isFalse();
    assertThat(c.test(item("{'a': {'N': '2'}, 'b': {'N': '1'}}"))).isTrue();
  }

  @Test
  void notBindsTighterThanAnd() {
    Condition c = condition("NOT a = :one AND b = :one", VALUES);
    assertThat(c.test(item("{'a': {'N': '2'}, 'b': {'N': '1'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '1'}, 'b': {'N': '1'}}"))).isFalse();
  }

  @Test
  void keywordsAreCaseInsensitive() {
    Condition c = condition("not a = :one and (b between :one aNd :two or b in (:three))", VALUES);
    assertThat(c.test(item("{'a': {'N': '2'}, 'b': {'N': '3'}}"))).isTrue();
  }

  @Test
  void betweenIsInclusive() {
    Condition c = condition("a BETWEEN :one AND :two", VALUES);
    assertThat(c.test(item("{'a': {'N': '1'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '2'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '3'}}"))).isFalse();
    assertThat(c.test(item("{'a': {'S': '1'}}"))).isFalse();
  }

  @Test
  void inMatchesAnyOperand() {
    Condition c = condition("a IN (:one, :three)", VALUES);
    assertThat(c.test(item("{'a': {'N': '3'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '2'}}"))).isFalse();
    assertThat(c.test(Map.of())).isFalse();
  }

  @Test
  void documentPathsReachIntoMapsAndLists() {
    Condition c = condition("a.b[1].c = :x", VALUES);
    assertThat(c.test(item("{'a': {'M': {'b': {'L': [{'N': '0'}, {'M': {'c': {'S': 'x'}}}]}}}}")))
        .isTrue();
    assertThat(c.test(item("{'a': {'M': {'b': {'L': [{'N': '0'}]}}}}"))).isFalse();
    assertThat(c.test(item("{'a': {'L': []}}"))).isFalse();
  }

  @Test
  void attributeNamePlaceholdersResolve() {
    Condition c =
        Fixtures.parse(
                RequestKind.DELETE_ITEM,
                "{'ConditionExpression': '#s.#n = :x', 'ExpressionAttributeNames':"
                    + " {'#s': 'status', '#n': 'my.name'}, 'ExpressionAttributeValues': {':x':"
                    + " {'S': 'x'}}}")
            .condition()
            .orElseThrow();
    assertThat(c.test(item("{'status': {'M': {'my.name': {'S': 'x'}}}}"))).isTrue();
  }

  @Test
  void attributeExistsAndNotExists() {
    assertThat(condition("attribute_exists(a)", null).test(item("{'a': {'NULL': true}}"))).isTrue();
    assertThat(condition("attribute_exists(a.b)", null).test(item("{'a': {'S': 'x'}}"))).isFalse();
    assertThat(condition("attribute_not_exists(a)", null).test(Map.of())).isTrue();
  }

  @Test
  void attributeTypeChecksTheType() {
    Condition c = condition("attribute_type(a, :t)", "{':t': {'S': 'SS'}}");
    assertThat(c.test(item("{'a': {'SS': ['x']}}"))).isTrue();
    assertThat(c.test(item("{'a': {'S': 'x'}}"))).isFalse();
  }

  @Test
  void beginsWithOnStringsAndBinaries() {
    assertThat(condition("begins_with(a, :ab)", VALUES).test(item("{'a': {'S': 'abc'}}"))).isTrue();
    assertThat(condition("begins_with(a, :abc)", VALUES).test(item("{'a': {'S': 'ab'}}")))
        .isFalse();
    Condition b = condition("begins_with(a, :p)", "{':p': {'B': 'AQI='}}");
    assertThat(b.test(item("{'a': {'B': 'AQID'}}"))).isTrue();
    assertThat(b.test(item("{'a': {'B': 'AgM='}}"))).isFalse();
  }

  @Test
  void containsOnStringsSetsAndLists() {
    Condition c = condition("contains(a, :x)", VALUES);
    assertThat(c.test(item("{'a': {'S': 'yxz'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'SS': ['x', 'y']}}"))).isTrue();
    assertThat(c.test(item("{'a': {'L': [{'N': '1'}, {'S': 'x'}]}}"))).isTrue();
    assertThat(c.test(item("{'a': {'NS': ['1']}}"))).isFalse();
    assertThat(condition("contains(a, :one)", VALUES).test(item("{'a': {'NS': ['1.0', '2']}}")))
        .isTrue();
  }

  @Test
  void sizeMeasuresStringsBinariesAndCollections() {
    Condition c = condition("size(a) = :two", VALUES);
    assertThat(c.test(item("{'a': {'S': 'ab'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'B': 'AQI='}}"))).isTrue();
    assertThat(c.test(item("{'a': {'L': [{'N': '1'}, {'N': '2'}]}}"))).isTrue();
    assertThat(c.test(item("{'a': {'M': {'x': {'N': '1'}, 'y': {'N': '2'}}}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '22'}}"))).isFalse();
    assertThat(c.test(Map.of())).isFalse();
  }

  @Test
  void parenthesisedOperandsAreAccepted() {
    assertThat(condition("(a) = (:one)", VALUES).test(item("{'a': {'N': '1'}}"))).isTrue();
    assertThat(condition("(size(a)) > :one", VALUES).test(item("{'a': {'S': 'ab'}}"))).isTrue();
  }

  @Test
  void mapsAndListsCompareByValue() {
    Condition c = condition("a = :m", "{':m': {'M': {'x': {'N': '1.00'}, 'y': {'L': []}}}}");
    assertThat(c.test(item("{'a': {'M': {'y': {'L': []}, 'x': {'N': '1'}}}}"))).isTrue();
  }
}
