package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.assertRejected;
import static cruddur.dynamo.expression.Fixtures.item;
import static cruddur.dynamo.expression.Fixtures.n;
import static cruddur.dynamo.expression.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.protocol.DynamoException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateExpressionTest {

  private static Update update(String expression, String values) {
    String request =
        "{'UpdateExpression': '"
            + expression
            + "'"
            + (values == null ? "" : ", 'ExpressionAttributeValues': " + values)
            + "}";
    return Fixtures.parse(RequestKind.UPDATE_ITEM, request).update().orElseThrow();
  }

  private static void rejected(String expression, String values, String message) {
    String request =
        "{'UpdateExpression': '"
            + expression
            + "'"
            + (values == null ? "" : ", 'ExpressionAttributeValues': " + values)
            + "}";
    assertRejected(RequestKind.UPDATE_ITEM, request, "Invalid UpdateExpression: " + message);
  }

  @Test
  void setWritesTopLevelAndNestedAttributes() {
    Update u = update("SET a = :v, m.x = :v", "{':v': {'S': 'new'}}");
    Map<String, AttributeValue> result = u.apply(item("{'m': {'M': {'y': {'N': '1'}}}}"));
    assertThat(result).containsEntry("a", s("new"));
    assertThat(result.get("m")).isEqualTo(new AttributeValue.M(Map.of("y", n("1"), "x", s("new"))));
    assertThat(u.topLevelNames()).containsExactly("a", "m");
  }

  @Test
  void applyDoesNotMutateItsInput() {
    Map<String, AttributeValue> before = item("{'m': {'M': {'y': {'N': '1'}}}}");
    update("SET m.y = :v", "{':v': {'N': '2'}}").apply(before);
    assertThat(before).isEqualTo(item("{'m': {'M': {'y': {'N': '1'}}}}"));
  }

  @Test
  void setArithmeticUsesTheOriginalItem() {
    Update u = update("SET a = a + :one, b = a - :one", "{':one': {'N': '1'}}");
    Map<String, AttributeValue> result = u.apply(item("{'a': {'N': '10'}}"));
    assertThat(result).containsEntry("a", n("11")).containsEntry("b", n("9"));
  }

  @Test
  void arithmeticOnMissingAttributeFails() {
    Update u = update("SET a = a + :one", "{':one': {'N': '1'}}");
    assertThatThrownBy(() -> u.apply(Map.of()))
        .isInstanceOf(DynamoException.class)
        .hasMessage(
            "The provided expression refers to an attribute that does not exist in the item");
  }

  @Test
  void arithmeticOnStringFails() {
    Update u = update("SET a = a + :one", "{':one': {'N': '1'}}");
    assertThatThrownBy(() -> u.apply(item("{'a': {'S': 'x'}}")))
        .hasMessage("An operand in the update expression has an incorrect data type");
  }

  @Test
  void arithmeticResultIsCheckedForPrecision() {
    Update u =
        update("SET a = a + :tiny", "{':tiny': {'N': '0.00000000000000000000000000000000000001'}}");
    assertThatThrownBy(() -> u.apply(item("{'a': {'N': '1'}}")))
        .hasMessage("Attempting to store more than 38 significant digits in a Number");
  }

  @Test
  void ifNotExistsKeepsExistingValue() {
    Update u = update("SET a = if_not_exists(a, :v)", "{':v': {'N': '0'}}");
    assertThat(u.apply(Map.of())).containsEntry("a", n("0"));
    assertThat(u.apply(item("{'a': {'N': '5'}}"))).containsEntry("a", n("5"));
  }

  @Test
  void parenthesisedArithmeticIsApplied() {
    Update u = update("SET c = (c - :v)", "{':v': {'N': '3'}}");
    assertThat(u.apply(item("{'c': {'N': '10'}}"))).containsEntry("c", n("7"));
  }

  @Test
  void eachOperandMayBeParenthesisedOnce() {
    String one = "{':v': {'N': '1'}}";
    Map<String, AttributeValue> before =
        item("{'a': {'N': '5'}, 'b': {'N': '2'}, 'l': {'L': [{'S': 'x'}]}}");
    assertThat(update("SET a = (:v)", one).apply(before)).containsEntry("a", n("1"));
    assertThat(update("SET a = (b) + (:v)", one).apply(before)).containsEntry("a", n("3"));
    assertThat(update("SET a = ((b) - :v)", one).apply(before)).containsEntry("a", n("1"));
    assertThat(update("SET a = (if_not_exists(z, :v)) + :v", one).apply(before))
        .containsEntry("a", n("2"));
    assertThat(update("SET l = list_append((l), (:l))", "{':l': {'L': []}}").apply(before))
        .containsEntry("l", Fixtures.list(s("x")));
  }

  @Test
  void doubleParenthesesInUpdateAreRedundant() {
    String values = "{':v': {'N': '1'}}";
    rejected("SET a = ((:v))", values, "The expression has redundant parentheses;");
    rejected("SET a = ((a - :v))", values, "The expression has redundant parentheses;");
    rejected("SET a = ((a)) - :v", values, "The expression has redundant parentheses;");
  }

  @Test
  void parenthesisedArithmeticIsNotAnOperand() {
    String values = "{':v': {'N': '1'}}";
    rejected("SET a = (a + :v) - :v", values, "Syntax error; token: \"-\", near: \") - :v\"");
    rejected("SET a = :v + (a - :v)", values, "Syntax error; token: \"-\", near: \"a - :v\"");
    rejected("SET a = (a + :v - :v)", values, "Syntax error; token: \"-\", near: \":v - :v\"");
  }

  @Test
  void arithmeticInsideAFunctionIsASyntaxError() {
    rejected(
        "SET a = if_not_exists(a, :v + :v)",
        "{':v': {'N': '1'}}",
        "Syntax error; token: \"+\", near: \":v + :v\"");
  }

  @Test
  void listAppendConcatenatesLists() {
    Update u =
        update(
            "SET l = list_append(if_not_exists(l, :empty), :more)",
            "{':empty': {'L': []}, ':more': {'L': [{'S': 'z'}]}}");
    assertThat(u.apply(item("{'l': {'L': [{'S': 'y'}]}}")).get("l"))
        .isEqualTo(Fixtures.list(s("y"), s("z")));
    assertThat(u.apply(Map.of()).get("l")).isEqualTo(Fixtures.list(s("z")));
  }

  @Test
  void setBeyondTheEndOfAListAppends() {
    Update u = update("SET l[10] = :v", "{':v': {'S': 'z'}}");
    assertThat(u.apply(item("{'l': {'L': [{'S': 'a'}]}}")).get("l"))
        .isEqualTo(Fixtures.list(s("a"), s("z")));
  }

  @Test
  void removeDeletesAttributesAndShiftsListElements() {
    Update u = update("REMOVE a, l[0], l[2]", null);
    Map<String, AttributeValue> result =
        u.apply(
            item(
                "{'a': {'S': 'x'}, 'l': {'L': [{'N': '0'}, {'N': '1'}, {'N': '2'}, {'N': '3'}]}}"));
    assertThat(result).doesNotContainKey("a");
    assertThat(result.get("l")).isEqualTo(Fixtures.list(n("1"), n("3")));
  }

  @Test
  void nestedPathUnderMissingParentIsInvalidForUpdate() {
    Update u = update("SET m.x = :v", "{':v': {'N': '1'}}");
    assertThatThrownBy(() -> u.apply(Map.of()))
        .hasMessage("The document path provided in the update expression is invalid for update");
    Update list = update("SET m[0] = :v", "{':v': {'N': '1'}}");
    assertThatThrownBy(() -> list.apply(item("{'m': {'M': {}}}")))
        .hasMessage("The document path provided in the update expression is invalid for update");
  }

  @Test
  void addIncrementsNumbersAndCreatesMissingOnes() {
    Update u = update("ADD c :n", "{':n': {'N': '5'}}");
    assertThat(u.apply(Map.of())).containsEntry("c", n("5"));
    assertThat(u.apply(item("{'c': {'N': '-1.5'}}"))).containsEntry("c", n("3.5"));
  }

  @Test
  void addUnitesSets() {
    Update u = update("ADD s :s", "{':s': {'SS': ['b', 'c']}}");
    assertThat(u.apply(item("{'s': {'SS': ['a', 'b']}}")).get("s"))
        .isEqualTo(Fixtures.ss("a", "b", "c"));
  }

  @Test
  void addOfWrongSetTypeFails() {
    Update u = update("ADD s :s", "{':s': {'NS': ['1']}}");
    assertThatThrownBy(() -> u.apply(item("{'s': {'SS': ['a']}}")))
        .hasMessage("An operand in the update expression has an incorrect data type");
  }

  @Test
  void deleteRemovesMembersAndDropsEmptiedSets() {
    Update u = update("DELETE s :s", "{':s': {'SS': ['a', 'b']}}");
    assertThat(u.apply(item("{'s': {'SS': ['a', 'b', 'c']}}")).get("s"))
        .isEqualTo(Fixtures.ss("c"));
    assertThat(u.apply(item("{'s': {'SS': ['a']}}"))).doesNotContainKey("s");
    assertThat(u.apply(Map.of())).isEmpty();
  }

  @Test
  void clausesMayComeInAnyOrderAndCase() {
    Update u = update("remove x add c :n set a = :n", "{':n': {'N': '1'}}");
    Map<String, AttributeValue> result = u.apply(item("{'x': {'S': 'gone'}}"));
    assertThat(result).containsOnlyKeys("c", "a");
  }

  @Test
  void sectionUsedTwiceIsRejected() {
    rejected(
        "SET a = :v SET b = :v",
        "{':v': {'N': '1'}}",
        "The \"SET\" section can only be used once in an update expression;");
  }

  @Test
  void overlappingPathsAreRejected() {
    rejected(
        "SET a = :v REMOVE a.b",
        "{':v': {'N': '1'}}",
        "Two document paths overlap with each other; must remove or rewrite one of these paths;"
            + " path one: [a], path two: [a, b]");
  }

  @Test
  void conflictingPathsAreRejected() {
    rejected(
        "SET a.b = :v, a[0] = :v",
        "{':v': {'N': '1'}}",
        "Two document paths conflict with each other; must remove or rewrite one of these paths;"
            + " path one: [a, b], path two: [a, [0]]");
  }

  @Test
  void addOfStringOperandIsRejected() {
    rejected(
        "ADD a :v",
        "{':v': {'S': 'x'}}",
        "Incorrect operand type for operator or function; operator: ADD, operand type: STRING,"
            + " typeSet: ALLOWED_FOR_ADD_OPERAND");
  }

  @Test
  void deleteOfNumberOperandIsRejected() {
    rejected(
        "DELETE a :v",
        "{':v': {'N': '1'}}",
        "Incorrect operand type for operator or function; operator: DELETE, operand type:"
            + " NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND");
  }

  @Test
  void plusWithStringValueIsRejected() {
    rejected(
        "SET a = b + :v",
        "{':v': {'S': 'x'}}",
        "Incorrect operand type for operator or function; operator or function: +, operand type:"
            + " S");
  }

  @Test
  void listAppendWithNonListValueIsRejected() {
    rejected(
        "SET a = list_append(a, :v)",
        "{':v': {'S': 'x'}}",
        "Incorrect operand type for operator or function; operator or function: list_append,"
            + " operand type: S");
  }

  @Test
  void conditionFunctionsAreNotAllowedInUpdates() {
    rejected(
        "SET a = size(b)",
        null,
        "The function is not allowed in an update expression; function: size");
  }

  @Test
  void ifNotExistsNeedsAPath() {
    rejected(
        "SET a = if_not_exists(:v, :v)",
        "{':v': {'N': '1'}}",
        "Operator or function requires a document path; operator or function: if_not_exists");
  }

  @Test
  void reservedWordInUpdateIsRejected() {
    rejected(
        "SET count = :v",
        "{':v': {'N': '1'}}",
        "Attribute name is a reserved keyword; reserved keyword: count");
  }

  @Test
  void missingEqualsIsASyntaxError() {
    rejected("SET a :v", "{':v': {'N': '1'}}", "Syntax error; token: \":v\", near: \"a :v\"");
  }

  @Test
  void trailingCommaIsASyntaxError() {
    rejected("SET a = :v,", "{':v': {'N': '1'}}", "Syntax error; token: \"<EOF>\", near: \",\"");
  }
}
