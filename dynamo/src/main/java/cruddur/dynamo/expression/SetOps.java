package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.DynamoNumber;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** The arithmetic and set algebra behind ADD and DELETE (expression and legacy forms). */
final class SetOps {
  private SetOps() {}

  /** ADD: a number sum or a set union; null when the types do not match. */
  static AttributeValue add(AttributeValue existing, AttributeValue operand) {
    if (existing == null) {
      return operand;
    }
    if (existing.type() != operand.type()) {
      return null;
    }
    switch (existing.type()) {
      case N:
        return new AttributeValue.N(
            DynamoNumber.check(
                ((AttributeValue.N) existing).value().add(((AttributeValue.N) operand).value())));
      case SS:
        return new AttributeValue.SS(
            union(((AttributeValue.SS) existing).value(), ((AttributeValue.SS) operand).value()));
      case NS:
        return new AttributeValue.NS(
            union(((AttributeValue.NS) existing).value(), ((AttributeValue.NS) operand).value()));
      case BS:
        return new AttributeValue.BS(
            union(((AttributeValue.BS) existing).value(), ((AttributeValue.BS) operand).value()));
      default:
        return null;
    }
  }

  /** DELETE: the set without the operand's members, or a mismatch when the types differ. */
  static Result delete(AttributeValue existing, AttributeValue operand) {
    if (existing.type() != operand.type()) {
      return Result.MISMATCH;
    }
    AttributeValue rest;
    switch (existing.type()) {
      case SS:
        {
          Set<String> s = minus(((AttributeValue.SS) existing).value(), operand);
          rest = s.isEmpty() ? null : new AttributeValue.SS(s);
          break;
        }
      case NS:
        {
          Set<BigDecimal> s = minus(((AttributeValue.NS) existing).value(), operand);
          rest = s.isEmpty() ? null : new AttributeValue.NS(s);
          break;
        }
      case BS:
        {
          Set<AttributeValue.Bytes> s = minus(((AttributeValue.BS) existing).value(), operand);
          rest = s.isEmpty() ? null : new AttributeValue.BS(s);
          break;
        }
      default:
        return Result.MISMATCH;
    }
    return new Result(rest, true);
  }

  /** The outcome of DELETE: {@code value} null with {@code ok} means the set became empty. */
  record Result(AttributeValue value, boolean ok) {
    static final Result MISMATCH = new Result(null, false);
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> result = new LinkedHashSet<>(a);
    result.addAll(b);
    return result;
  }

  private static <T> Set<T> minus(Set<T> members, AttributeValue operand) {
    Set<T> result = new LinkedHashSet<>(members);
    if (operand instanceof AttributeValue.SS s) {
      result.removeAll(s.value());
    } else if (operand instanceof AttributeValue.NS n) {
      result.removeAll(n.value());
    } else if (operand instanceof AttributeValue.BS b) {
      result.removeAll(b.value());
    }
    return result;
  }

  /** Whether the type is one of the three set types. */
  static boolean isSet(AttributeValue.Type type) {
    return type == AttributeValue.Type.SS
        || type == AttributeValue.Type.NS
        || type == AttributeValue.Type.BS;
  }
}
