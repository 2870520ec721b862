package cruddur.dynamo.expression;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** All expressions of one request, parsed and validated. */
public record RequestExpressions(
    Optional<Condition> condition,
    Optional<Condition> filter,
    Optional<Projection> projection,
    Optional<Update> update,
    Optional<KeyCondition> keyCondition) {

  static final int MAX_EXPRESSION_BYTES = 4096;

  private static final RequestExpressions NONE =
      new RequestExpressions(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private static final String VALUES = "ExpressionAttributeValues";

  /** Every member that parse reads; a request with none of them has no expressions at all. */
  private static final List<String> MEMBERS =
      List.of(
          ParameterRules.CONDITION,
          ParameterRules.FILTER,
          ParameterRules.PROJECTION,
          ParameterRules.UPDATE,
          ParameterRules.KEY_CONDITION,
          "ExpressionAttributeNames",
          VALUES,
          "ConditionalOperator",
          "AttributesToGet",
          "QueryFilter",
          "ScanFilter",
          "AttributeUpdates",
          "Expected",
          "KeyConditions");

  private static final int VALUES_INDEX = MEMBERS.indexOf(VALUES);

  /**
   * Reads ConditionExpression, FilterExpression, ProjectionExpression, UpdateExpression,
   * KeyConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues and the legacy
   * parameters from a request body (or one transaction action or BatchGetItem table entry),
   * validates them and returns the parsed forms. keyNames is the key schema of the table or index;
   * it may be null for kinds that need no key. Throws DynamoException (ValidationException) with
   * DynamoDB's messages.
   */
  public static RequestExpressions parse(JsonNode request, RequestKind kind, KeyNames keyNames) {
    JsonNode[] members = new JsonNode[MEMBERS.size()];
    boolean none = true;
    for (int i = 0; i < members.length; i++) {
      members[i] = request.get(MEMBERS.get(i));
      none &= members[i] == null;
    }
    if (none && kind != RequestKind.QUERY) {
      return NONE;
    }
    Optional<CacheKey> key = CacheKey.of(members, kind, keyNames);
    if (key.isPresent()) {
      RequestExpressions cached = CACHE.get(key.get());
      if (cached != null) {
        return cached;
      }
    }
    RequestExpressions parsed = parseUncached(request, kind, keyNames);
    key.ifPresent(
        k -> {
          if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
          }
          CACHE.put(k, parsed);
        });
    return parsed;
  }

  /**
   * Clients send the same few expressions over and over (an app has a handful of queries), and
   * parsing one costs a sixth of a Query page's CPU. Parsing is a pure function of the expression
   * members, the request kind and the key schema, and its result is immutable, so successful parses
   * are remembered. Bounded: cleared when full; and only requests whose placeholder values are
   * small scalars are remembered, so the cache never holds large items.
   */
  private static final int CACHE_LIMIT = 1024;

  private static final int CACHEABLE_VALUE_CHARS = 256;

  private static final Map<CacheKey, RequestExpressions> CACHE = new ConcurrentHashMap<>();

  private record CacheKey(RequestKind kind, KeyNames keyNames, List<JsonNode> members) {
    static Optional<CacheKey> of(JsonNode[] members, RequestKind kind, KeyNames keyNames) {
      if (!smallScalars(members[VALUES_INDEX])) {
        return Optional.empty();
      }
      return Optional.of(new CacheKey(kind, keyNames, Arrays.asList(members)));
    }

    private static boolean smallScalars(JsonNode values) {
      if (values == null) {
        return true;
      }
      if (!values.isObject() || values.size() > 16) {
        return false;
      }
      for (JsonNode value : values) {
        if (!value.isObject() || value.size() != 1) {
          return false;
        }
        JsonNode scalar = value.elements().next();
        boolean small =
            scalar.isBoolean()
                || (scalar.isTextual() && scalar.textValue().length() <= CACHEABLE_VALUE_CHARS);
        if (!small) {
          return false;
        }
      }
      return true;
    }
  }

  private static RequestExpressions parseUncached(
      JsonNode request, RequestKind kind, KeyNames keyNames) {
    ParameterRules.Rules rules = ParameterRules.of(kind);
    ParameterRules.checkCombination(request, rules);
    Legacy legacy = Legacy.read(request, kind, keyNames);
    if (kind == RequestKind.QUERY
        && !ParameterRules.has(request, "KeyConditions")
        && !ParameterRules.has(request, ParameterRules.KEY_CONDITION)) {
      throw DynamoException.validation(
          "Either the KeyConditions or KeyConditionExpression parameter must be specified in the"
              + " request.");
    }
    Placeholders placeholders =
        new Placeholders(
            AttributeMaps.names(request.get("ExpressionAttributeNames")),
            rules.takesValues()
                ? AttributeMaps.values(request.get("ExpressionAttributeValues"))
                : Map.of());

    Optional<Condition> condition = legacy.condition();
    Optional<Condition> filter = legacy.filter();
    Optional<Projection> projection = legacy.projection();
    Optional<Update> update = legacy.update();
    Ast.Node keyAst = null;
    for (String param : ParameterRules.parseOrder(kind)) {
      String text = text(request, param);
      if (text == null) {
        continue;
      }
      try {
        switch (param) {
          case ParameterRules.UPDATE:
            update = Optional.of(new UpdateCompiler(placeholders).compile(parseUpdate(text)));
            break;
          case ParameterRules.PROJECTION:
            projection = Optional.of(projection(text, placeholders));
            break;
          default:
            {
              Ast.Node ast = ExpressionParser.parseCondition(text);
              StaticChecks.condition(ast);
              Condition compiled = new ConditionCompiler(placeholders).compile(ast);
              if (param.equals(ParameterRules.CONDITION)) {
                condition = Optional.of(compiled);
              } else if (param.equals(ParameterRules.FILTER)) {
                filter = Optional.of(compiled);
                checkFilterKeys(ast, placeholders, kind, keyNames);
              } else {
                keyAst = ast;
              }
            }
        }
      } catch (ExpressionError e) {
        throw DynamoException.validation("Invalid " + param + ": " + e.getMessage());
      }
    }
    reportUnused("ExpressionAttributeNames", placeholders.unusedNames());
    reportUnused("ExpressionAttributeValues", placeholders.unusedValues());

    Optional<KeyCondition> keyCondition = Optional.empty();
    if (kind == RequestKind.QUERY) {
      Map<String, LegacyCondition> conditions =
          keyAst != null ? KeyConditions.fromExpression(keyAst, placeholders) : legacy.keys();
      keyCondition = Optional.of(KeyConditions.build(conditions, keyNames));
    }
    return new RequestExpressions(condition, filter, projection, update, keyCondition);
  }

  private static List<Ast.Clause> parseUpdate(String text) {
    return ExpressionParser.parseUpdate(text);
  }

  private static Projection projection(String text, Placeholders placeholders) {
    List<Ast.Path> paths = ExpressionParser.parseProjection(text);
    StaticChecks.projection(paths);
    List<DocumentPath> resolved = new ArrayList<>();
    for (Ast.Path p : paths) {
      resolved.add(placeholders.path(p));
    }
    PathOverlap.check(resolved);
    return new PathProjection(resolved);
  }

  /** The expression text, after the checks DynamoDB makes before parsing it. */
  private static String text(JsonNode request, String param) {
    JsonNode node = LegacyConditions.present(request.get(param));
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      throw DynamoException.serialization(
          node.isContainerNode()
              ? "Start of structure or map found where not expected"
              : (node.isIntegralNumber() ? "NUMBER_VALUE" : "Unexpected token")
                  + " cannot be converted to String");
    }
    String text = node.textValue();
    if (text.isEmpty()) {
      throw DynamoException.validation("Invalid " + param + ": The expression can not be empty;");
    }
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_EXPRESSION_BYTES) {
      throw DynamoException.validation(
          "Invalid "
              + param
              + ": Expression size has exceeded the maximum allowed size; expression size: "
              + size);
    }
    return text;
  }

  private static void reportUnused(String param, List<String> unused) {
    if (!unused.isEmpty()) {
      throw DynamoException.validation(
          "Value provided in "
              + param
              + " unused in expressions: keys: {"
              + String.join(", ", unused)
              + "}");
    }
  }

  /** A Query's filter may not use the key attributes; the key condition does that. */
  private static void checkFilterKeys(
      Ast.Node ast, Placeholders placeholders, RequestKind kind, KeyNames keyNames) {
    if (kind != RequestKind.QUERY || keyNames == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Ast.Path path : AstPaths.collect(ast)) {
      String name = placeholders.name(path.steps().get(0));
      if (keyNames.isKey(name) && seen.add(name)) {
        throw DynamoException.validation(
            "Filter Expression can only contain non-primary key attributes: Primary key attribute: "
                + name);
      }
    }
  }
}
