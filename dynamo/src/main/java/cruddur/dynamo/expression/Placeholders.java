package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, and which of them the
 * expressions used, so that unused ones can be reported.
 */
final class Placeholders {
  static final int MAX_PATH_DEPTH = 32;

  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedValues = new HashSet<>();

  Placeholders(Map<String, String> names, Map<String, AttributeValue> values) {
    this.names = new LinkedHashMap<>(names);
    this.values = new LinkedHashMap<>(values);
  }

  static Placeholders none() {
    return new Placeholders(Map.of(), Map.of());
  }

  boolean hasName(String placeholder) {
    return names.containsKey(placeholder);
  }

  /** The attribute name a step stands for; the #placeholder is marked used. */
  String name(Ast.Step step) {
    String text = step.token().text();
    if (!step.isPlaceholder()) {
      return text;
    }
    String name = names.get(text);
    if (name == null) {
      throw new ExpressionError(
          "An expression attribute name used in the document path is not defined; attribute name: "
              + text);
    }
    usedNames.add(text);
    return name;
  }

  /** The value of a :placeholder, marked used. */
  AttributeValue value(Ast.Value node) {
    String text = node.token().text();
    AttributeValue value = values.get(text);
    if (value == null) {
      throw new ExpressionError(
          "An expression attribute value used in expression is not defined; attribute value: "
              + text);
    }
    usedValues.add(text);
    return value;
  }

  /** The value of a :placeholder if defined, without marking it; for static type checks. */
  AttributeValue peekValue(Ast.Node node) {
    return node instanceof Ast.Value v ? values.get(v.token().text()) : null;
  }

  /** Resolves a path, checking #names and the nesting limit; marks its #names used. */
  DocumentPath path(Ast.Path path) {
    List<DocumentPath.Step> steps = new ArrayList<>();
    for (Ast.Step step : path.steps()) {
      if (step.isIndex()) {
        steps.add(DocumentPath.Step.index(Integer.parseInt(step.token().text())));
      } else {
        steps.add(DocumentPath.Step.key(name(step)));
      }
    }
    if (steps.size() > MAX_PATH_DEPTH) {
      throw new ExpressionError(
          "The document path has too many nesting levels; nesting levels: " + steps.size());
    }
    return new DocumentPath(steps);
  }

  /** Names given but not used, in the order DynamoDB (a Java HashSet) lists them. */
  List<String> unusedNames() {
    return unused(names.keySet(), usedNames);
  }

  List<String> unusedValues() {
    return unused(values.keySet(), usedValues);
  }

  private static List<String> unused(Set<String> all, Set<String> used) {
    // DynamoDB reports these from a HashSet built from all keys; a HashSet of the same size and
    // contents iterates in the same order.
    Set<String> set = new HashSet<>(all);
    set.removeAll(used);
    return new ArrayList<>(set);
  }
}
