package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A compiled UpdateExpression: its actions, applied the way DynamoDB applies them. */
final class ExpressionUpdate implements Update {

  /** The four clause kinds. */
  enum Kind {
    SET,
    REMOVE,
    ADD,
    DELETE
  }

  /** Computes a SET value from the item as it was before the update. */
  @FunctionalInterface
  interface ValueExpr {
    AttributeValue evaluate(Map<String, AttributeValue> item);
  }

  /** One action; {@code value} is set for SET, {@code operand} for ADD and DELETE. */
  record Action(Kind kind, DocumentPath path, ValueExpr value, AttributeValue operand) {}

  private final List<Action> actions;
  private final Set<String> topLevelNames;

  ExpressionUpdate(List<Action> actions) {
    this.actions = List.copyOf(actions);
    Set<String> names = new LinkedHashSet<>();
    actions.forEach(a -> names.add(a.path().topLevelName()));
    this.topLevelNames = Collections.unmodifiableSet(names);
  }

  List<Action> actions() {
    return actions;
  }

  @Override
  public long sizeOverhead() {
    long overhead = 3;
    for (Action action : actions) {
      overhead += action.kind() == Kind.SET || action.kind() == Kind.ADD ? 19 : 2;
    }
    return overhead;
  }

  @Override
  public boolean createsItem() {
    return actions.stream().anyMatch(a -> a.kind() == Kind.SET || a.kind() == Kind.ADD);
  }

  @Override
  public Set<String> writtenTopLevelNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Action action : actions) {
      if (action.kind() == Kind.SET || action.kind() == Kind.ADD) {
        names.add(action.path().topLevelName());
      }
    }
    return names;
  }

  @Override
  public Projection changedPaths() {
    return new PathProjection(actions.stream().map(Action::path).toList());
  }

  @Override
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    // Every SET value is computed from the original item, before any action changes it.
    List<AttributeValue> setValues = new ArrayList<>();
    for (Action action : actions) {
      setValues.add(action.kind() == Kind.SET ? action.value().evaluate(item) : null);
    }
    MutableDocument doc = new MutableDocument(item);
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      switch (action.kind()) {
        case SET:
          doc.set(action.path(), setValues.get(i));
          break;
        case REMOVE:
          doc.remove(action.path());
          break;
        case ADD:
          add(doc, action);
          break;
        default:
          delete(doc, action);
          break;
      }
    }
    return doc.freeze();
  }

  private static void add(MutableDocument doc, Action action) {
    doc.requireValidForUpdate(action.path());
    AttributeValue sum = SetOps.add(doc.get(action.path()), action.operand());
    if (sum == null) {
      throw UpdateErrors.wrongType();
    }
    doc.set(action.path(), sum);
  }

  private static void delete(MutableDocument doc, Action action) {
    doc.requireValidForUpdate(action.path());
    AttributeValue existing = doc.get(action.path());
    if (existing == null) {
      return;
    }
    SetOps.Result rest = SetOps.delete(existing, action.operand());
    if (!rest.ok()) {
      throw UpdateErrors.wrongType();
    }
    if (rest.value() == null) {
      doc.remove(action.path()); // DynamoDB never stores an empty set
    } else {
      doc.set(action.path(), rest.value());
    }
  }

  @Override
  public Set<String> topLevelNames() {
    return topLevelNames;
  }
}
