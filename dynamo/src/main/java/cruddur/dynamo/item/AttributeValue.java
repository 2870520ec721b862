package cruddur.dynamo.item;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value. Immutable; collections are unmodifiable. Numbers are held
 * normalised (see {@link DynamoNumber}) so that equal numbers are equal values.
 */
public sealed interface AttributeValue {

  /** The ten DynamoDB types, by their wire names. */
  enum Type {
    S,
    N,
    B,
    BOOL,
    NULL,
    M,
    L,
    SS,
    NS,
    BS
  }

  Type type();

  /** A string. */
  record S(String value) implements AttributeValue {
    @Override
    public Type type() {
      return Type.S;
    }
  }

  /** A number, normalised: no trailing zeros, at most 38 significant digits. */
  record N(BigDecimal value) implements AttributeValue {
    public N {
      value = DynamoNumber.normalize(value);
    }

    /** Parses and validates a wire number, throwing DynamoDB's ValidationException. */
    public static N parse(String text) {
      return new N(DynamoNumber.parse(text));
    }

    /** The canonical wire form, as DynamoDB returns it. */
    public String text() {
      return DynamoNumber.format(value);
    }

    @Override
    public Type type() {
      return Type.N;
    }
  }

  /** A binary; the array is never mutated. */
  record B(Bytes value) implements AttributeValue {
    public static B of(byte[] bytes) {
      return new B(new Bytes(bytes));
    }

    @Override
    public Type type() {
      return Type.B;
    }
  }

  /** A boolean. */
  record Bool(boolean value) implements AttributeValue {
    public static final Bool TRUE = new Bool(true);
    public static final Bool FALSE = new Bool(false);

    @Override
    public Type type() {
      return Type.BOOL;
    }
  }

  /** The null value (always {@code NULL: true} on the wire). */
  record Null() implements AttributeValue {
    public static final Null INSTANCE = new Null();

    @Override
    public Type type() {
      return Type.NULL;
    }
  }

  /** A map of named values; keeps insertion order. */
  record M(Map<String, AttributeValue> value) implements AttributeValue {
    public M {
      value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }

    @Override
    public Type type() {
      return Type.M;
    }
  }

  /** A list of values. */
  record L(List<AttributeValue> value) implements AttributeValue {
    public L {
      value = List.copyOf(value);
    }

    @Override
    public Type type() {
      return Type.L;
    }
  }

  /** A string set: non-empty and without duplicates when it comes from a client. */
  record SS(Set<String> value) implements AttributeValue {
    public SS {
      value = Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public Type type() {
      return Type.SS;
    }
  }

  /** A number set; members normalised. */
  record NS(Set<BigDecimal> value) implements AttributeValue {
    public NS {
      LinkedHashSet<BigDecimal> normalized = new LinkedHashSet<>();
      for (BigDecimal n : value) {
        normalized.add(DynamoNumber.normalize(n));
      }
      value = Collections.unmodifiableSet(normalized);
    }

    @Override
    public Type type() {
      return Type.NS;
    }
  }

  /** A binary set. */
  record BS(Set<Bytes> value) implements AttributeValue {
    public BS {
      value = Collections.unmodifiableSet(new LinkedHashSet<>(value));
    }

    @Override
    public Type type() {
      return Type.BS;
    }
  }

  /** An immutable byte string with value equality and unsigned lexicographic order. */
  record Bytes(byte[] array) implements Comparable<Bytes> {
    public Bytes {
      array = array.clone();
    }

    /** A copy of the bytes. */
    public byte[] toArray() {
      return array.clone();
    }

    public int length() {
      return array.length;
    }

    @Override
    public byte[] array() {
      return array.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes other && Arrays.equals(array, other.array);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(array);
    }

    @Override
    public int compareTo(Bytes o) {
      return Arrays.compareUnsigned(array, o.array);
    }

    @Override
    public String toString() {
      return java.util.Base64.getEncoder().encodeToString(array);
    }
  }
}
