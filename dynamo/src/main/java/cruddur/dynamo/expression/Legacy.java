package cruddur.dynamo.expression;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.DynamoException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The legacy (non-expression) parameters of one request, read and validated. */
record Legacy(
    Optional<Condition> condition,
    Optional<Condition> filter,
    Optional<Projection> projection,
    Optional<Update> update,
    Map<String, LegacyCondition> keys) {

  static Legacy read(JsonNode request, RequestKind kind, KeyNames keyNames) {
    JsonNode conditionalOperator = request.get("ConditionalOperator");
    Optional<Projection> projection = attributesToGet(request.get("AttributesToGet"));
    Optional<Condition> filter = Optional.empty();
    String filterParam = kind == RequestKind.QUERY ? "QueryFilter" : "ScanFilter";
    JsonNode filterNode = LegacyConditions.present(request.get(filterParam));
    if (filterNode != null && (kind == RequestKind.QUERY || kind == RequestKind.SCAN)) {
      String path = Character.toLowerCase(filterParam.charAt(0)) + filterParam.substring(1);
      List<LegacyCondition> conditions = LegacyConditions.conditions(filterNode, path);
      if (kind == RequestKind.QUERY && keyNames != null) {
        for (LegacyCondition c : conditions) {
          if (keyNames.isKey(c.attribute())) {
            throw DynamoException.validation(
                "QueryFilter can only contain non-primary key attributes: Primary key attribute: "
                    + c.attribute());
          }
        }
      }
      filter = Optional.of(LegacyConditions.filter(filterNode, conditionalOperator, path));
    }
    Optional<Update> update = Optional.empty();
    JsonNode updates = LegacyConditions.present(request.get("AttributeUpdates"));
    if (updates != null && kind == RequestKind.UPDATE_ITEM) {
      update = Optional.of(LegacyUpdate.parse(updates));
    }
    Optional<Condition> condition = Optional.empty();
    JsonNode expected = LegacyConditions.present(request.get("Expected"));
    boolean writes =
        kind == RequestKind.PUT_ITEM
            || kind == RequestKind.UPDATE_ITEM
            || kind == RequestKind.DELETE_ITEM;
    if (expected != null && writes) {
      condition = Optional.of(LegacyConditions.expected(expected, conditionalOperator));
    } else if (LegacyConditions.present(conditionalOperator) != null) {
      LegacyConditions.operator(conditionalOperator); // still validate its value
    }
    Map<String, LegacyCondition> keys = new LinkedHashMap<>();
    JsonNode keyConditions = LegacyConditions.present(request.get("KeyConditions"));
    if (keyConditions != null && kind == RequestKind.QUERY) {
      for (LegacyCondition c : LegacyConditions.conditions(keyConditions, "keyConditions")) {
        keys.put(c.attribute(), c);
      }
    }
    return new Legacy(condition, filter, projection, update, keys);
  }

  private static Optional<Projection> attributesToGet(JsonNode node) {
    if (LegacyConditions.present(node) == null) {
      return Optional.empty();
    }
    if (!node.isArray()) {
      throw DynamoException.serialization("Unexpected field type");
    }
    List<DocumentPath> paths = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode n : node) {
      String name = n.asText();
      if (!seen.add(name)) {
        throw DynamoException.validation(
            "One or more parameter values were invalid: Duplicate value in attribute name: "
                + name);
      }
      paths.add(DocumentPath.of(name));
    }
    return Optional.of(new PathProjection(paths));
  }
}
