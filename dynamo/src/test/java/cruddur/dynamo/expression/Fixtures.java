package cruddur.dynamo.expression;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.DynamoException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;

/** Shared helpers: requests written as single-quoted JSON, and attribute value builders. */
final class Fixtures {
  static final KeyNames HASH_RANGE = new KeyNames("pk", Optional.of("sk"));
  static final KeyNames HASH_ONLY = new KeyNames("pk", Optional.empty());

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  private Fixtures() {}

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RequestExpressions parse(RequestKind kind, String request) {
    return RequestExpressions.parse(json(request), kind, HASH_RANGE);
  }

  static Map<String, AttributeValue> item(String json) {
    return AttributeValueJson.readItem(json(json));
  }

  static AttributeValue s(String v) {
    return new AttributeValue.S(v);
  }

  static AttributeValue n(String v) {
    return new AttributeValue.N(new BigDecimal(v));
  }

  static AttributeValue ss(String... v) {
    return new AttributeValue.SS(new LinkedHashSet<>(Arrays.asList(v)));
  }

  static AttributeValue list(AttributeValue... v) {
    return new AttributeValue.L(List.of(v));
  }

  /**
   * Compiles a condition against a pool of values, without the request-level unused-value check so
   * that one pool can serve many expressions.
   */
  static Condition condition(String expression, String values) {
    Placeholders placeholders =
        new Placeholders(Map.of(), values == null ? Map.of() : AttributeMaps.values(json(values)));
    Ast.Node ast = ExpressionParser.parseCondition(expression);
    StaticChecks.condition(ast);
    return new ConditionCompiler(placeholders).compile(ast);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      RequestKind kind, String request, String message) {
    return assertThatThrownBy(() -> parse(kind, request))
        .isInstanceOf(DynamoException.class)
        .hasMessage(message);
  }
}
