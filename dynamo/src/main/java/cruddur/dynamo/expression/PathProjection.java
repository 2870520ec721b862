package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A projection onto document paths. Nested paths keep their structure; list elements picked by
 * index are returned in index order, compacted (a[3] alone comes back as a one-element list).
 */
final class PathProjection implements Projection {
  private final List<DocumentPath> paths;
  private final Set<String> topLevelNames;

  PathProjection(List<DocumentPath> paths) {
    this.paths = List.copyOf(paths);
    Set<String> names = new LinkedHashSet<>();
    paths.forEach(p -> names.add(p.topLevelName()));
    this.topLevelNames = Collections.unmodifiableSet(names);
  }

  @Override
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    // Maps become LinkedHashMaps and lists TreeMaps by index while the result is built.
    Map<String, Object> result = new LinkedHashMap<>();
    for (DocumentPath path : paths) {
      AttributeValue value = path.resolve(item);
      if (value != null) {
        insert(result, path.steps(), value);
      }
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    result.forEach((k, v) -> out.put(k, freeze(v)));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void insert(
      Map<String, Object> root, List<DocumentPath.Step> steps, AttributeValue value) {
    Object container = root;
    for (int i = 0; i < steps.size(); i++) {
      DocumentPath.Step step = steps.get(i);
      boolean last = i == steps.size() - 1;
      Object next;
      if (last) {
        next = value;
      } else if (steps.get(i + 1).isIndex()) {
        next = new TreeMap<Integer, Object>();
      } else {
        next = new LinkedHashMap<String, Object>();
      }
      if (step.isIndex()) {
        container = ((TreeMap<Integer, Object>) container).computeIfAbsent(step.index(), k -> next);
      } else {
        container = ((Map<String, Object>) container).computeIfAbsent(step.name(), k -> next);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static AttributeValue freeze(Object node) {
    if (node instanceof AttributeValue v) {
      return v;
    }
    if (node instanceof TreeMap) {
      List<AttributeValue> list = new ArrayList<>();
      ((TreeMap<Integer, Object>) node).values().forEach(v -> list.add(freeze(v)));
      return new AttributeValue.L(list);
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    ((Map<String, Object>) node).forEach((k, v) -> map.put(k, freeze(v)));
    return new AttributeValue.M(map);
  }

  @Override
  public Set<String> topLevelNames() {
    return topLevelNames;
  }

  List<DocumentPath> paths() {
    return paths;
  }
}
