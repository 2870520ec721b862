package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of an item that update actions can change in place. Maps and lists are copied only when a
 * path goes through them. Removed list elements leave a marker until {@link #freeze}, so that every
 * action's list indexes refer to the list as it was before the update, as in DynamoDB.
 */
final class MutableDocument {
  private static final Object REMOVED = new Object();
  private final Map<String, Object> root;

  MutableDocument(Map<String, AttributeValue> item) {
    this.root = new LinkedHashMap<>(item);
  }

  /** The value at the path, or null. */
  AttributeValue get(DocumentPath path) {
    Object container = parentOf(path);
    if (container == null) {
      return null;
    }
    Object value = child(container, last(path), false);
    return value == null ? null : freeze(value);
  }

  /** Sets the value at the path; an index past the end of a list appends. */
  void set(DocumentPath path, AttributeValue value) {
    Object container = requireParent(path);
    DocumentPath.Step step = last(path);
    if (container instanceof Map) {
      asMap(container).put(step.name(), value);
    } else {
      List<Object> list = asList(container);
      if (step.index() < list.size()) {
        list.set(step.index(), value);
      } else {
        list.add(value);
      }
    }
  }

  /** Removes the value at the path; a missing map entry or list element is not an error. */
  void remove(DocumentPath path) {
    Object container = requireParent(path);
    DocumentPath.Step step = last(path);
    if (container instanceof Map) {
      asMap(container).remove(step.name());
    } else {
      List<Object> list = asList(container);
      if (step.index() < list.size()) {
        list.set(step.index(), REMOVED);
      }
    }
  }

  /** Fails like DynamoDB when the path's parent is missing or does not suit the last step. */
  void requireValidForUpdate(DocumentPath path) {
    requireParent(path);
  }

  Map<String, AttributeValue> freeze() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    root.forEach((k, v) -> item.put(k, freeze(v)));
    return item;
  }

  private Object requireParent(DocumentPath path) {
    Object container = parentOf(path);
    boolean suits = last(path).isIndex() ? container instanceof List : container instanceof Map;
    if (!suits) {
      throw UpdateErrors.invalidPath();
    }
    return container;
  }

  /** The mutable map or list holding the last step, or null (or a leaf) when there is none. */
  private Object parentOf(DocumentPath path) {
    Object current = root;
    List<DocumentPath.Step> steps = path.steps();
    for (int i = 0; i < steps.size() - 1 && current != null; i++) {
      current = child(current, steps.get(i), true);
    }
    return current;
  }

  /** A child of a map or list; when expand is set, M and L children are replaced by copies. */
  private static Object child(Object container, DocumentPath.Step step, boolean expand) {
    Object value;
    if (container instanceof Map && !step.isIndex()) {
      value = asMap(container).get(step.name());
    } else if (container instanceof List && step.isIndex()) {
      List<Object> list = asList(container);
      value = step.index() < list.size() ? list.get(step.index()) : null;
    } else {
      return null;
    }
    if (value == REMOVED) {
      return null;
    }
    if (!expand) {
      return value;
    }
    Object expanded = value;
    if (value instanceof AttributeValue.M m) {
      expanded = new LinkedHashMap<String, Object>(m.value());
    } else if (value instanceof AttributeValue.L l) {
      expanded = new ArrayList<Object>(l.value());
    }
    if (expanded != value) {
      if (container instanceof Map) {
        asMap(container).put(step.name(), expanded);
      } else {
        asList(container).set(step.index(), expanded);
      }
    }
    return expanded;
  }

  private static AttributeValue freeze(Object value) {
    if (value instanceof AttributeValue v) {
      return v;
    }
    if (value instanceof Map) {
      Map<String, AttributeValue> map = new LinkedHashMap<>();
      asMap(value).forEach((k, v) -> map.put(k, freeze(v)));
      return new AttributeValue.M(map);
    }
    List<AttributeValue> list = new ArrayList<>();
    for (Object element : asList(value)) {
      if (element != REMOVED) {
        list.add(freeze(element));
      }
    }
    return new AttributeValue.L(list);
  }

  private static DocumentPath.Step last(DocumentPath path) {
    return path.steps().get(path.steps().size() - 1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    return (List<Object>) o;
  }
}
