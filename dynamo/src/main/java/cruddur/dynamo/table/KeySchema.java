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

  public int size() {
    return hasRange() ? 2 : 1;
  }
}
