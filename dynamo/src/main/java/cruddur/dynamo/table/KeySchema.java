package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The key of a table or index: a hash attribute and an optional range attribute, each with its
 * scalar type (S, N or B).
 */
public record KeySchema(
    String hashName,
    AttributeValue.Type hashType,
    String rangeName,
    AttributeValue.Type rangeType) {

  public static KeySchema hashOnly(String name, AttributeValue.Type type) {
    return new KeySchema(name, type, null, null);
  }

  public Optional<String> range() {
    return Optional.ofNullable(rangeName);
  }

  public boolean hasRange() {
    return rangeName != null;
  }

  public boolean isKeyAttribute(String name) {
    return name.equals(hashName) || name.equals(rangeName);
  }

  /** True when {@code item} carries this key's attributes with this key's types. */
  public boolean isPresentIn(Map<String, AttributeValue> item) {
    AttributeValue hash = item.get(hashName);
    if (hash == null || hash.type() != hashType) {
      return false;
    }
    if (rangeName == null) {
      return true;
    }
    AttributeValue range = item.get(rangeName);
    return range != null && range.type() == rangeType;
  }

  /**
   * True when {@code item} carries this key's attributes with this key's types and none of them is
   * an empty string or binary: a value this key can hold.
   */
  public boolean isValidIn(Map<String, AttributeValue> item) {
    return isPresentIn(item)
        && !isEmptyValue(item.get(hashName))
        && (rangeName == null || !isEmptyValue(item.get(rangeName)));
  }

  /** An empty string or binary, which no key attribute may hold. */
  public static boolean isEmptyValue(AttributeValue v) {
    return (v instanceof AttributeValue.S s && s.value().isEmpty())
        || (v instanceof AttributeValue.B b && b.value().length() == 0);
  }

  public int size() {
    return hasRange() ? 2 : 1;
  }
}
