package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.assertRejected;
import static cruddur.dynamo.expression.Fixtures.item;
import static cruddur.dynamo.expression.Fixtures.n;
import static cruddur.dynamo.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyParametersTest {

  private static Condition expected(String expected) {
    return Fixtures.parse(RequestKind.PUT_ITEM, "{'Expected': " + expected + "}")
        .condition()
        .orElseThrow();
  }

  private static Condition scanFilter(String filter) {
    return Fixtures.parse(RequestKind.SCAN, "{" + filter + "}").filter().orElseThrow();
  }

  @Test
  void expectedValueMeansEquality() {
    Condition c = expected("{'a': {'Value': {'S': 'x'}}}");
    assertThat(c.test(item("{'a': {'S': 'x'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'S': 'y'}}"))).isFalse();
  }

  @Test
  void expectedExistsFalseMeansAbsent() {
    Condition c = expected("{'a': {'Exists': false}}");
    assertThat(c.test(Map.of())).isTrue();
    assertThat(c.test(item("{'a': {'S': 'x'}}"))).isFalse();
  }

  @Test
  void expectedWithComparisonOperator() {
    Condition c =
        expected("{'a': {'ComparisonOperator': 'GT', 'AttributeValueList': [{'N': '5'}]}}");
    assertThat(c.test(item("{'a': {'N': '6'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '5'}}"))).isFalse();
  }

  @Test
  void conditionalOperatorOrNeedsOneMatch() {
    Condition c =
        Fixtures.parse(
                RequestKind.DELETE_ITEM,
                "{'Expected': {'a': {'Exists': false}, 'b': {'Value': {'N': '1'}}},"
                    + " 'ConditionalOperator': 'OR'}")
            .condition()
            .orElseThrow();
    assertThat(c.test(item("{'a': {'N': '1'}, 'b': {'N': '1'}}"))).isTrue();
    assertThat(c.test(item("{'a': {'N': '1'}, 'b': {'N': '2'}}"))).isFalse();
  }

  @Test
  void expectedValueRequiredWhenExistsTrue() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'Expected': {'a': {'Exists': true}}}",
        "One or more parameter values were invalid: Value must be provided when Exists is true"
            + " for Attribute: a");
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'Expected': {'a': {}}}",
        "One or more parameter values were invalid: Value must be provided when Exists is null"
            + " for Attribute: a");
  }

  @Test
  void expectedValueForbiddenWhenExistsFalse() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'Expected': {'a': {'Exists': false, 'Value': {'S': 'x'}}}}",
        "One or more parameter values were invalid: Value cannot be used when Exists is false for"
            + " Attribute: a");
  }

  @Test
  void expectedExistsWithOperatorIsRejected() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'Expected': {'a': {'Exists': true, 'ComparisonOperator': 'NULL'}}}",
        "One or more parameter values were invalid: Exists and ComparisonOperator cannot be used"
            + " together for Attribute: a");
  }

  @Test
  void everyLegacyOperatorEvaluates() {
    Map<String, AttributeValue> it =
        item("{'s': {'S': 'hello'}, 'n': {'N': '5'}, 'ss': {'SS': ['x', 'y']}}");
    String[][] cases = {
      {"s", "EQ", "[{'S': 'hello'}]", "true"},
      {"s", "NE", "[{'S': 'hello'}]", "false"},
      {"n", "LE", "[{'N': '5'}]", "true"},
      {"n", "LT", "[{'N': '5'}]", "false"},
      {"n", "GE", "[{'N': '5'}]", "true"},
      {"n", "GT", "[{'N': '4'}]", "true"},
      {"s", "NOT_NULL", "[]", "true"},
      {"zz", "NULL", "[]", "true"},
      {"ss", "CONTAINS", "[{'S': 'x'}]", "true"},
      {"s", "NOT_CONTAINS", "[{'S': 'ell'}]", "false"},
      {"s", "BEGINS_WITH", "[{'S': 'he'}]", "true"},
      {"n", "IN", "[{'N': '1'}, {'N': '5'}]", "true"},
      {"n", "BETWEEN", "[{'N': '1'}, {'N': '4'}]", "false"},
    };
    for (String[] c : cases) {
      Condition cond =
          scanFilter(
              "'ScanFilter': {'"
                  + c[0]
                  + "': {'ComparisonOperator': '"
                  + c[1]
                  + "', 'AttributeValueList': "
                  + c[2]
                  + "}}");
      assertThat(cond.test(it)).as(c[1]).isEqualTo(Boolean.parseBoolean(c[3]));
    }
  }

  @Test
  void queryFilterEqualsMatchesABoolean() {
    Condition c =
        Fixtures.parse(
                RequestKind.QUERY,
                "{'KeyConditions': {'pk': {'ComparisonOperator': 'EQ', 'AttributeValueList':"
                    + " [{'S': 'h'}]}}, 'QueryFilter': {'flag': {'ComparisonOperator': 'EQ',"
                    + " 'AttributeValueList': [{'BOOL': true}]}}}")
            .filter()
            .orElseThrow();
    assertThat(c.test(item("{'flag': {'BOOL': true}}"))).isTrue();
    assertThat(c.test(item("{'flag': {'BOOL': false}}"))).isFalse();
    assertThat(c.test(Map.of())).isFalse();
  }

  @Test
  void equalsAndNotEqualsAcceptEveryType() {
    Map<String, AttributeValue> it =
        item(
            "{'b': {'BOOL': false}, 'z': {'NULL': true}, 'l': {'L': [{'N': '1'}]}, 'm': {'M':"
                + " {'k': {'S': 'v'}}}, 'ns': {'NS': ['1', '2']}}");
    String[][] cases = {
      {"b", "[{'BOOL': false}]"},
      {"z", "[{'NULL': true}]"},
      {"l", "[{'L': [{'N': '1'}]}]"},
      {"m", "[{'M': {'k': {'S': 'v'}}}]"},
      {"ns", "[{'NS': ['2', '1']}]"},
    };
    for (String[] c : cases) {
      for (String op : new String[] {"EQ", "NE"}) {
        Condition cond =
            scanFilter(
                "'ScanFilter': {'"
                    + c[0]
                    + "': {'ComparisonOperator': '"
                    + op
                    + "', 'AttributeValueList': "
                    + c[1]
                    + "}}");
        assertThat(cond.test(it)).as(op + " " + c[1]).isEqualTo(op.equals("EQ"));
      }
    }
    assertThat(
            expected("{'b': {'ComparisonOperator': 'NE', 'AttributeValueList': [{'BOOL': true}]}}")
                .test(it))
        .isTrue();
  }

  @Test
  void otherOperatorsStillRejectBooleanNullListAndMap() {
    String[][] cases = {
      {"LT", "{'BOOL': true}", "BOOL"},
      {"GE", "{'NULL': true}", "NULL"},
      {"IN", "{'L': []}", "L"},
      {"BETWEEN", "{'M': {}}, {'M': {}}", "M"},
      {"BEGINS_WITH", "{'BOOL': true}", "BOOL"},
      {"CONTAINS", "{'SS': ['x']}", "SS"},
    };
    for (String[] c : cases) {
      assertRejected(
          RequestKind.SCAN,
          "{'ScanFilter': {'a': {'ComparisonOperator': '"
              + c[0]
              + "', 'AttributeValueList': ["
              + c[1]
              + "]}}}",
          "One or more parameter values were invalid: ComparisonOperator "
              + c[0]
              + " is not valid for "
              + c[2]
              + " AttributeValue type");
    }
  }

  @Test
  void keyConditionOnABooleanDoesNotMatchTheSchema() {
    String message =
        "One or more parameter values were invalid: Condition parameter type does not match schema"
            + " type";
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditions': {'pk': {'ComparisonOperator': 'EQ', 'AttributeValueList': [{'BOOL':"
            + " true}]}}}",
        message);
    assertRejected(
        RequestKind.QUERY,
        "{'KeyConditionExpression': 'pk = :h', 'ExpressionAttributeValues': {':h': {'BOOL':"
            + " true}}}",
        message);
  }

  @Test
  void wrongArgumentCountIsRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ScanFilter': {'a': {'ComparisonOperator': 'BETWEEN', 'AttributeValueList': [{'N':"
            + " '1'}]}}}",
        "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN"
            + " ComparisonOperator");
  }

  @Test
  void wrongArgumentTypeIsRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ScanFilter': {'a': {'ComparisonOperator': 'LT', 'AttributeValueList': [{'SS':"
            + " ['x']}]}}}",
        "One or more parameter values were invalid: ComparisonOperator LT is not valid for SS"
            + " AttributeValue type");
  }

  @Test
  void mixedArgumentTypesAreRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ScanFilter': {'a': {'ComparisonOperator': 'IN', 'AttributeValueList': [{'N': '1'},"
            + " {'S': 'x'}]}}}",
        "One or more parameter values were invalid: AttributeValues inside AttributeValueList"
            + " must be of same type");
  }

  @Test
  void legacyBetweenWithLowAboveHighIsRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ScanFilter': {'a': {'ComparisonOperator': 'BETWEEN', 'AttributeValueList': [{'N':"
            + " '5'}, {'N': '1'}]}}}",
        "The BETWEEN condition was provided a range where the lower bound is greater than the"
            + " upper bound");
  }

  @Test
  void unknownComparisonOperatorIsRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ScanFilter': {'a': {'ComparisonOperator': 'LIKE', 'AttributeValueList': []}}}",
        "1 validation error detected: Value 'LIKE' at 'scanFilter.a.member.comparisonOperator'"
            + " failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL,"
            + " BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
  }

  @Test
  void attributeUpdatesPutAddAndDelete() {
    Update u =
        Fixtures.parse(
                RequestKind.UPDATE_ITEM,
                "{'AttributeUpdates': {'a': {'Value': {'S': 'x'}}, 'c': {'Action': 'ADD', 'Value':"
                    + " {'N': '2'}}, 's': {'Action': 'DELETE', 'Value': {'SS': ['x']}}, 'gone':"
                    + " {'Action': 'DELETE'}}}")
            .update()
            .orElseThrow();
    Map<String, AttributeValue> result =
        u.apply(item("{'c': {'N': '1'}, 's': {'SS': ['x']}, 'gone': {'S': 'g'}}"));
    assertThat(result).containsOnlyKeys("a", "c").containsEntry("a", s("x"));
    assertThat(result).containsEntry("c", n("3"));
    assertThat(u.topLevelNames()).containsExactly("a", "c", "s", "gone");
  }

  @Test
  void attributeUpdatesAddAppendsToLists() {
    Update u =
        Fixtures.parse(
                RequestKind.UPDATE_ITEM,
                "{'AttributeUpdates': {'l': {'Action': 'ADD', 'Value': {'L': [{'N': '2'}]}}}}")
            .update()
            .orElseThrow();
    assertThat(u.apply(item("{'l': {'L': [{'N': '1'}]}}")).get("l"))
        .isEqualTo(Fixtures.list(n("1"), n("2")));
  }

  @Test
  void attributeUpdatesTypeMismatchFails() {
    Update u =
        Fixtures.parse(
                RequestKind.UPDATE_ITEM,
                "{'AttributeUpdates': {'c': {'Action': 'ADD', 'Value': {'N': '2'}}}}")
            .update()
            .orElseThrow();
    assertThatThrownBy(() -> u.apply(item("{'c': {'S': 'x'}}")))
        .hasMessage("Type mismatch for attribute to update");
  }

  @Test
  void attributeUpdatesValidation() {
    assertRejected(
        RequestKind.UPDATE_ITEM,
        "{'AttributeUpdates': {'a': {'Action': 'PUT'}}}",
        "One or more parameter values were invalid: Only DELETE action is allowed when no"
            + " attribute value is specified");
    assertRejected(
        RequestKind.UPDATE_ITEM,
        "{'AttributeUpdates': {'a': {'Action': 'DELETE', 'Value': {'S': 'x'}}}}",
        "One or more parameter values were invalid: DELETE action with value is not supported for"
            + " the type S");
    assertRejected(
        RequestKind.UPDATE_ITEM,
        "{'AttributeUpdates': {'a': {'Action': 'ADD', 'Value': {'S': 'x'}}}}",
        "One or more parameter values were invalid: ADD action is not supported for the type S");
  }
}
