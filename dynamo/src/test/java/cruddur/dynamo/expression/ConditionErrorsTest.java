package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.assertRejected;

import org.junit.jupiter.api.Test;

class ConditionErrorsTest {

  private static void rejected(String expression, String values, String message) {
    String request =
        "{'ConditionExpression': '"
            + expression
            + "'"
            + (values == null ? "" : ", 'ExpressionAttributeValues': " + values)
            + "}";
    assertRejected(RequestKind.PUT_ITEM, request, "Invalid ConditionExpression: " + message);
  }

  @Test
  void syntaxErrorNamesTheTokenAndItsNeighbours() {
    rejected("a = = :v", "{':v': {'S': 'x'}}", "Syntax error; token: \"=\", near: \"= = :v\"");
  }

  @Test
  void syntaxErrorAtTheEndReportsEof() {
    rejected("a = :v AND", "{':v': {'S': 'x'}}", "Syntax error; token: \"<EOF>\", near: \"AND\"");
  }

  @Test
  void bareOperandIsNotACondition() {
    rejected("a", null, "Syntax error; token: \"<EOF>\", near: \"a\"");
  }

  @Test
  void invalidCharacterIsASyntaxError() {
    rejected("user-id = :v", "{':v': {'S': 'x'}}", "Syntax error; token: \"-\", near: \"user-id\"");
  }

  @Test
  void emptyFunctionArgumentsAreASyntaxError() {
    rejected("attribute_exists()", null, "Syntax error; token: \")\", near: \"()\"");
  }

  @Test
  void emptyExpressionIsRejected() {
    rejected("", null, "The expression can not be empty;");
  }

  @Test
  void expressionsOverFourKilobytesAreRejected() {
    String expression = "a" + " ".repeat(4093) + "= :v";
    rejected(
        expression,
        "{':v': {'S': 'x'}}",
        "Expression size has exceeded the maximum allowed size; expression size: 4098");
  }

  @Test
  void redundantParenthesesAreRejected() {
    rejected("((a = :v))", "{':v': {'S': 'x'}}", "The expression has redundant parentheses;");
    rejected("((a)) = :v", "{':v': {'S': 'x'}}", "The expression has redundant parentheses;");
  }

  @Test
  void reservedWordAsBareNameIsRejected() {
    rejected(
        "status = :v",
        "{':v': {'S': 'x'}}",
        "Attribute name is a reserved keyword; reserved keyword: status");
  }

  @Test
  void undefinedNamePlaceholderIsRejected() {
    rejected(
        "#n = :v",
        "{':v': {'S': 'x'}}",
        "An expression attribute name used in the document path is not defined; attribute name:"
            + " #n");
  }

  @Test
  void undefinedValuePlaceholderIsRejected() {
    rejected(
        "a = :w",
        "{':v': {'S': 'x'}}",
        "An expression attribute value used in expression is not defined; attribute value: :w");
  }

  @Test
  void unknownFunctionIsRejected() {
    rejected("foo(a)", null, "Invalid function name; function: foo");
  }

  @Test
  void updateFunctionsAreNotConditions() {
    rejected(
        "a = if_not_exists(b, :v)",
        "{':v': {'S': 'x'}}",
        "The function is not allowed in a condition expression; function: if_not_exists");
  }

  @Test
  void sizeAloneIsNotACondition() {
    rejected(
        "size(a)",
        null,
        "The function is not allowed to be used this way in an expression; function: size");
  }

  @Test
  void conditionFunctionIsNotAnOperand() {
    rejected(
        "attribute_exists(a) = :v",
        "{':v': {'BOOL': true}}",
        "The function is not allowed to be used this way in an expression; function:"
            + " attribute_exists");
  }

  @Test
  void wrongNumberOfFunctionOperandsIsRejected() {
    rejected(
        "begins_with(a)",
        null,
        "Incorrect number of operands for operator or function; operator or function:"
            + " begins_with, number of operands: 1");
  }

  @Test
  void attributeExistsNeedsAPath() {
    rejected(
        "attribute_exists(:v)",
        "{':v': {'S': 'x'}}",
        "Operator or function requires a document path; operator or function: attribute_exists");
  }

  @Test
  void attributeTypeWithUnknownTypeIsRejected() {
    rejected(
        "attribute_type(a, :t)",
        "{':t': {'S': 'STRING'}}",
        "Invalid attribute type name found; type: STRING, valid types:"
            + " {N,BS,L,B,NULL,M,S,SS,NS,BOOL}");
  }

  @Test
  void attributeTypeNeedsAStringOperand() {
    rejected(
        "attribute_type(a, :t)",
        "{':t': {'N': '1'}}",
        "Incorrect operand type for operator or function; operator or function: attribute_type,"
            + " operand type: N");
  }

  @Test
  void beginsWithRejectsNumberOperand() {
    rejected(
        "begins_with(a, :n)",
        "{':n': {'N': '1'}}",
        "Incorrect operand type for operator or function; operator or function: begins_with,"
            + " operand type: N");
  }

  @Test
  void sizeOfNumberIsRejected() {
    rejected(
        "size(:n) > :n",
        "{':n': {'N': '1'}}",
        "Incorrect operand type for operator or function; operator or function: size, operand"
            + " type: N");
  }

  @Test
  void orderingComparisonRejectsSetOperands() {
    rejected(
        "a < :s",
        "{':s': {'SS': ['x']}}",
        "Incorrect operand type for operator or function; operator or function: <, operand type:"
            + " SS");
  }

  @Test
  void operandsMustBeDistinct() {
    rejected(
        "a.b = a.b",
        null,
        "The first operand must be distinct from the remaining operands for this operator or"
            + " function; operator: =, first operand: [a, b]");
  }

  @Test
  void betweenWithLowAboveHighIsRejected() {
    rejected(
        "a BETWEEN :hi AND :lo",
        "{':lo': {'N': '1'}, ':hi': {'N': '5'}}",
        "The BETWEEN operator requires upper bound to be greater than or equal to lower bound;"
            + " lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue:"
            + " {N:1}");
  }

  @Test
  void betweenWithMixedBoundTypesIsRejected() {
    rejected(
        "a BETWEEN :lo AND :hi",
        "{':lo': {'N': '1'}, ':hi': {'S': 'z'}}",
        "The BETWEEN operator requires same data type for lower and upper bounds; lower bound"
            + " operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:z}");
  }

  @Test
  void inWithMoreThanOneHundredOperandsIsRejected() {
    StringBuilder options = new StringBuilder(":v");
    for (int i = 0; i < 100; i++) {
      options.append(", :v");
    }
    rejected(
        "a IN (" + options + ")",
        "{':v': {'S': 'x'}}",
        "The IN operator is provided with too many operands; number of operands: 101");
  }

  @Test
  void moreThanThreeHundredOperatorsAreRejected() {
    String expression = "a < b" + " OR (a < b".repeat(150) + ")".repeat(150);
    rejected(expression, null, "The expression contains too many operators; operator count: 301");
  }

  @Test
  void deepDocumentPathsAreRejected() {
    rejected(
        "attribute_exists(a" + ".b".repeat(32) + ")",
        null,
        "The document path has too many nesting levels; nesting levels: 33");
  }

  @Test
  void hugeListIndexIsRejected() {
    rejected(
        "attribute_exists(a[99999999999])",
        null,
        "List index is not within the allowable range; index: [99999999999]");
  }

  @Test
  void deeplyNestedParenthesesFailQuicklyWithASyntaxError() {
    rejected("(".repeat(4000), null, "Syntax error; token: \"(\", near: \"(((\"");
  }

  @Test
  void manyNestedNotsHitTheOperatorLimit() {
    rejected(
        "NOT ".repeat(400) + "a < b",
        null,
        "The expression contains too many operators; operator count: 401");
  }
}
