package cruddur.dynamo.expression;

import static cruddur.dynamo.expression.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestParametersTest {

  @Test
  void noExpressionsGiveEmptyResults() {
    RequestExpressions r = Fixtures.parse(RequestKind.GET_ITEM, "{'TableName': 't'}");
    assertThat(r.condition()).isEmpty();
    assertThat(r.filter()).isEmpty();
    assertThat(r.projection()).isEmpty();
    assertThat(r.update()).isEmpty();
    assertThat(r.keyCondition()).isEmpty();
  }

  @Test
  void updateAndConditionTogether() {
    RequestExpressions r =
        Fixtures.parse(
            RequestKind.UPDATE_ITEM,
            "{'UpdateExpression': 'SET #a = :v', 'ConditionExpression': 'attribute_exists(#a)',"
                + " 'ExpressionAttributeNames': {'#a': 'a'}, 'ExpressionAttributeValues': {':v':"
                + " {'N': '1'}}}");
    assertThat(r.update()).isPresent();
    assertThat(r.condition()).isPresent();
  }

  @Test
  void mixingExpressionAndLegacyParametersIsRejected() {
    assertRejected(
        RequestKind.SCAN,
        "{'ProjectionExpression': 'a', 'AttributesToGet': ['a'], 'ScanFilter': {}}",
        "Can not use both expression and non-expression parameters in the same request:"
            + " Non-expression parameters: {AttributesToGet, ScanFilter} Expression parameters:"
            + " {ProjectionExpression}");
  }

  @Test
  void keyConditionsMayAccompanyAFilterExpression() {
    RequestExpressions r =
        Fixtures.parse(
            RequestKind.QUERY,
            "{'KeyConditions': {'pk': {'ComparisonOperator': 'EQ', 'AttributeValueList': [{'S':"
                + " 'h'}]}}, 'FilterExpression': 'a = :v', 'ExpressionAttributeValues': {':v':"
                + " {'S': 'x'}}}");
    assertThat(r.keyCondition()).isPresent();
    assertThat(r.filter()).isPresent();
  }

  @Test
  void namesWithoutExpressionsAreRejected() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ExpressionAttributeNames': {'#a': 'a'}}",
        "ExpressionAttributeNames can only be specified when using expressions");
  }

  @Test
  void valuesWithoutExpressionsAreRejected() {
    assertRejected(
        RequestKind.UPDATE_ITEM,
        "{'ExpressionAttributeValues': {':a': {'S': 'a'}}}",
        "ExpressionAttributeValues can only be specified when using expressions: UpdateExpression"
            + " and ConditionExpression are null");
    assertRejected(
        RequestKind.SCAN,
        "{'ProjectionExpression': 'a', 'ExpressionAttributeValues': {':a': {'S': 'a'}}}",
        "ExpressionAttributeValues can only be specified when using expressions: FilterExpression"
            + " is null");
  }

  @Test
  void getItemIgnoresExpressionAttributeValues() {
    RequestExpressions r =
        Fixtures.parse(
            RequestKind.GET_ITEM,
            "{'ProjectionExpression': 'a', 'ExpressionAttributeValues': {':a': {'S': 'a'}}}");
    assertThat(r.projection()).isPresent();
  }

  @Test
  void unusedNamesAreRejected() {
    assertRejected(
        RequestKind.GET_ITEM,
        "{'ProjectionExpression': '#a', 'ExpressionAttributeNames': {'#a': 'a', '#b': 'b'}}",
        "Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
  }

  @Test
  void unusedValuesAreRejected() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ConditionExpression': 'a = :a', 'ExpressionAttributeValues': {':a': {'S': 'a'}, ':b':"
            + " {'S': 'b'}}}",
        "Value provided in ExpressionAttributeValues unused in expressions: keys: {:b}");
  }

  @Test
  void emptyPlaceholderMapsAreRejected() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ConditionExpression': 'a = b', 'ExpressionAttributeNames': {}}",
        "ExpressionAttributeNames must not be empty");
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ConditionExpression': 'a = b', 'ExpressionAttributeValues': {}}",
        "ExpressionAttributeValues must not be empty");
  }

  @Test
  void badPlaceholderKeysAreRejected() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ConditionExpression': 'a = b', 'ExpressionAttributeNames': {'n': 'a'}}",
        "ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"");
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ConditionExpression': 'a = b', 'ExpressionAttributeValues': {'v': {'S': 'a'}}}",
        "ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
  }

  @Test
  void invalidPlaceholderValuesAreRejected() {
    assertRejected(
        RequestKind.PUT_ITEM,
        "{'ConditionExpression': 'a = :v', 'ExpressionAttributeValues': {':v': {'SS': []}}}",
        "ExpressionAttributeValues contains invalid value: One or more parameter values were"
            + " invalid: An string set  may not be empty for key :v");
  }

  @Test
  void expressionErrorsNameTheirParameter() {
    assertRejected(
        RequestKind.SCAN,
        "{'FilterExpression': 'a ='}",
        "Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"=\"");
  }

  @Test
  void conditionCheckTakesAConditionExpression() {
    RequestExpressions r =
        Fixtures.parse(
            RequestKind.CONDITION_CHECK, "{'ConditionExpression': 'attribute_not_exists(pk)'}");
    assertThat(r.condition().orElseThrow().test(java.util.Map.of())).isTrue();
  }
}
