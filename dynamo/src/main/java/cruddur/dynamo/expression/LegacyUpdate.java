package cruddur.dynamo.expression;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeNames;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.DynamoException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The legacy AttributeUpdates parameter: PUT, ADD or DELETE per top-level attribute. */
final class LegacyUpdate implements Update {
  private static final String ACTIONS = "[ADD, PUT, DELETE]";

  /** One attribute's update; value is null only for DELETE of the whole attribute. */
  record Entry(String attribute, String action, AttributeValue value) {}

  private final List<Entry> entries;
  private final Set<String> topLevelNames;

  private LegacyUpdate(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Set<String> names = new LinkedHashSet<>();
    entries.forEach(e -> names.add(e.attribute()));
    this.topLevelNames = Collections.unmodifiableSet(names);
  }

  /** Reads and validates AttributeUpdates. */
  static LegacyUpdate parse(JsonNode updates) {
    List<Entry> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = LegacyConditions.fields(updates);
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode actionNode = LegacyConditions.present(e.getValue().get("Action"));
      String action = actionNode == null ? "PUT" : actionNode.asText();
      if (!action.equals("PUT") && !action.equals("ADD") && !action.equals("DELETE")) {
        throw DynamoException.validation(
            "1 validation error detected: Value '"
                + action
                + "' at 'attributeUpdates."
                + e.getKey()
                + ".member.action' failed to satisfy constraint: Member must satisfy enum value"
                + " set: "
                + ACTIONS);
      }
      JsonNode valueNode = LegacyConditions.present(e.getValue().get("Value"));
      AttributeValue value = valueNode == null ? null : AttributeValueJson.read(valueNode);
      if (value == null && !action.equals("DELETE")) {
        throw LegacyConditions.invalid(
            "Only DELETE action is allowed when no attribute value is specified");
      }
      if (value != null && action.equals("DELETE") && !SetOps.isSet(value.type())) {
        throw LegacyConditions.invalid(
            "DELETE action with value is not supported for the type " + value.type());
      }
      if (value != null
          && action.equals("ADD")
          && !SetOps.isSet(value.type())
          && value.type() != AttributeValue.Type.N
          && value.type() != AttributeValue.Type.L) {
        throw LegacyConditions.invalid("ADD action is not supported for the type " + value.type());
      }
      entries.add(new Entry(AttributeNames.check(e.getKey()), action, value));
    }
    return new LegacyUpdate(entries);
  }

  @Override
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> result = new LinkedHashMap<>(item);
    for (Entry e : entries) {
      AttributeValue existing = result.get(e.attribute());
      switch (e.action()) {
        case "PUT":
          result.put(e.attribute(), e.value());
          break;
        case "ADD":
          result.put(e.attribute(), add(existing, e.value()));
          break;
        default:
          delete(result, e, existing);
          break;
      }
    }
    return result;
  }

  private static AttributeValue add(AttributeValue existing, AttributeValue value) {
    if (existing != null
        && existing instanceof AttributeValue.L l
        && value instanceof AttributeValue.L extra) {
      List<AttributeValue> joined = new ArrayList<>(l.value());
      joined.addAll(extra.value());
      return new AttributeValue.L(joined);
    }
    AttributeValue sum =
        value.type() == AttributeValue.Type.L && existing == null
            ? value
            : SetOps.add(existing, value);
    if (sum == null) {
      throw mismatch();
    }
    return sum;
  }

  private static void delete(Map<String, AttributeValue> result, Entry e, AttributeValue existing) {
    if (e.value() == null) {
      result.remove(e.attribute());
      return;
    }
    if (existing == null) {
      return;
    }
    SetOps.Result rest = SetOps.delete(existing, e.value());
    if (!rest.ok()) {
      throw mismatch();
    }
    if (rest.value() == null) {
      result.remove(e.attribute());
    } else {
      result.put(e.attribute(), rest.value());
    }
  }

  private static DynamoException mismatch() {
    return DynamoException.validation("Type mismatch for attribute to update");
  }

  /** An empty AttributeUpdates writes the key alone, as an UpdateItem without updates does. */
  @Override
  public boolean createsItem() {
    return entries.isEmpty() || entries.stream().anyMatch(e -> !e.action().equals("DELETE"));
  }

  @Override
  public Set<String> topLevelNames() {
    return topLevelNames;
  }
}
