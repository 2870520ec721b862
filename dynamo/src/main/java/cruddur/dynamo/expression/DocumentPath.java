package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A resolved document path such as {@code a.b[3].c}: a top-level name, then map keys or indexes.
 */
record DocumentPath(List<Step> steps) {

  /** One step: a map key (or the top-level name), or a list index when {@code name} is null. */
  record Step(String name, int index) {
    static Step key(String name) {
      return new Step(name, -1);
    }

    static Step index(int index) {
      return new Step(null, index);
    }

    boolean isIndex() {
      return name == null;
    }

    @Override
    public String toString() {
      return isIndex() ? "[" + index + "]" : name;
    }
  }

  DocumentPath {
    steps = List.copyOf(steps);
  }

  static DocumentPath of(String topLevelName) {
    return new DocumentPath(List.of(Step.key(topLevelName)));
  }

  String topLevelName() {
    return steps.get(0).name();
  }

  boolean isNested() {
    return steps.size() > 1;
  }

  /** The value at this path, or null when any step is missing or of the wrong type. */
  AttributeValue resolve(Map<String, AttributeValue> item) {
    AttributeValue current = item.get(topLevelName());
    for (int i = 1; i < steps.size() && current != null; i++) {
      Step step = steps.get(i);
      if (step.isIndex()) {
        current =
            current instanceof AttributeValue.L l && step.index() < l.value().size()
                ? l.value().get(step.index())
                : null;
      } else {
        current = current instanceof AttributeValue.M m ? m.value().get(step.name()) : null;
      }
    }
    return current;
  }

  /** The form DynamoDB's messages use: {@code [a, b, [3]]}. */
  @Override
  public String toString() {
    return steps.stream().map(Step::toString).collect(Collectors.joining(", ", "[", "]"));
  }
}
