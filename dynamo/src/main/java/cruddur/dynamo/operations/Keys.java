package cruddur.dynamo.operations;

import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.TableDefinition;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** DynamoDB's checks on keys and items: schema match, key sizes, item size. */
final class Keys {
  static final long MAX_ITEM_BYTES = 400 * 1024;
  private static final int MAX_HASH_BYTES = 2048;
  private static final int MAX_RANGE_BYTES = 1024;

  private Keys() {}

  /**
   * A key that does not fit the schema (missing, extra, of the wrong type). In a transaction this
   * cancels the action with a ValidationError reason instead of failing the whole request.
   */
  static final class KeyMismatch extends DynamoException {
    KeyMismatch(String message) {
      super(ErrorType.VALIDATION, message);
    }
  }

  /**
   * An update that would leave a secondary index key empty: refused as a request error, also in a
   * transaction (where other data-dependent failures cancel instead).
   */
  static final class EmptyUpdatedIndexKey extends DynamoException {
    EmptyUpdatedIndexKey(AttributeValue value) {
      super(
          ErrorType.VALIDATION,
          "One or more parameter values are not valid. The update expression attempted to update a"
              + " secondary index key to a value that is not supported. The AttributeValue for a"
              + " key attribute cannot contain an empty "
              + emptyKind(value)
              + " value.");
    }
  }

  private static final String NOT_THE_SCHEMA = "The provided key element does not match the schema";

  /** Checks a Key parameter: exactly the key attributes, of the right types. */
  static void checkKey(TableDefinition table, Map<String, AttributeValue> key) {
    KeySchema schema = table.key();
    if (key.size() != schema.size()) {
      throw new KeyMismatch(NOT_THE_SCHEMA);
    }
    checkKeyPiece(key, schema.hashName(), schema.hashType(), true);
    if (schema.hasRange()) {
      checkKeyPiece(key, schema.rangeName(), schema.rangeType(), false);
    }
  }

  private static void checkKeyPiece(
      Map<String, AttributeValue> key, String name, AttributeValue.Type type, boolean hash) {
    AttributeValue v = key.get(name);
    if (v == null || v.type() != type) {
      throw new KeyMismatch(NOT_THE_SCHEMA);
    }
    if (isEmpty(v)) {
      throw DynamoException.validation(
          "One or more parameter values are not valid. The"
              + " AttributeValue for a key attribute cannot contain an empty "
              + emptyKind(v)
              + " value. Key: "
              + name);
    }
    checkKeySize(v, hash);
  }

  /** Checks an item to be written: key attributes present and typed, index keys typed, size. */
  static void checkItem(TableDefinition table, Map<String, AttributeValue> item) {
    KeySchema schema = table.key();
    checkItemKey(item, schema.hashName(), schema.hashType(), true);
    if (schema.hasRange()) {
      checkItemKey(item, schema.rangeName(), schema.rangeType(), false);
    }
    checkIndexKeys(table, item);
    if (ItemSize.of(item) > MAX_ITEM_BYTES) {
      throw DynamoException.validation("Item size has exceeded the maximum allowed size");
    }
  }

  /**
   * Checks an item of a BatchWriteItem PutRequest: there, a key attribute that is missing or of the
   * wrong type is reported as a key that does not match the schema; the rest as {@link #checkItem}.
   */
  static void checkBatchPutItem(TableDefinition table, Map<String, AttributeValue> item) {
    KeySchema schema = table.key();
    requireKeyType(item, schema.hashName(), schema.hashType());
    if (schema.hasRange()) {
      requireKeyType(item, schema.rangeName(), schema.rangeType());
    }
    checkItem(table, item);
  }

  private static void requireKeyType(
      Map<String, AttributeValue> item, String name, AttributeValue.Type type) {
    AttributeValue v = item.get(name);
    if (v == null || v.type() != type) {
      throw new KeyMismatch(NOT_THE_SCHEMA);
    }
  }

  /** Checks the index keys of an item as an update left it: an empty one is a request error. */
  static void checkUpdatedIndexKeys(TableDefinition table, Map<String, AttributeValue> item) {
    for (IndexDefinition index : checkingOrder(table)) {
      KeySchema key = index.key();
      for (String name :
          key.hasRange() ? List.of(key.hashName(), key.rangeName()) : List.of(key.hashName())) {
        AttributeValue v = item.get(name);
        if (v != null && isEmpty(v)) {
          throw new EmptyUpdatedIndexKey(v);
        }
      }
    }
    checkIndexKeys(table, item);
  }

  /** Checks the index key attributes an item carries against the indexes' key types. */
  static void checkIndexKeys(TableDefinition table, Map<String, AttributeValue> item) {
    for (IndexDefinition index : checkingOrder(table)) {
      checkIndexKey(index, item, index.key().hashName(), index.key().hashType());
      if (index.key().hasRange()) {
        checkIndexKey(index, item, index.key().rangeName(), index.key().rangeType());
      }
    }
  }

  private static void checkIndexKey(
      IndexDefinition index,
      Map<String, AttributeValue> item,
      String name,
      AttributeValue.Type type) {
    AttributeValue v = item.get(name);
    if (v == null) {
      return;
    }
    if (v.type() != type) {
      throw new KeyMismatch(
          "One or more parameter values were invalid: Type mismatch"
              + " for Index Key "
              + name
              + " Expected: "
              + type
              + " Actual: "
              + v.type()
              + " IndexName: "
              + index.name());
    }
    if (isEmpty(v)) {
      throw DynamoException.validation(
          "One or more parameter values are not valid. A value"
              + " specified for a secondary index key is not supported. The AttributeValue for a key"
              + " attribute cannot contain an empty "
              + emptyKind(v)
              + " value. IndexName: "
              + index.name()
              + ", IndexKey: "
              + name);
    }
  }

  private static void checkItemKey(
      Map<String, AttributeValue> item, String name, AttributeValue.Type type, boolean hash) {
    AttributeValue v = item.get(name);
    if (v == null) {
      throw new KeyMismatch(
          "One or more parameter values were invalid: Missing the key " + name + " in the item");
    }
    if (v.type() != type) {
      throw new KeyMismatch(
          "One or more parameter values were invalid: Type mismatch"
              + " for key "
              + name
              + " expected: "
              + type
              + " actual: "
              + v.type());
    }
    if (isEmpty(v)) {
      throw DynamoException.validation(
          "One or more parameter values are not valid. The"
              + " AttributeValue for a key attribute cannot contain an empty "
              + emptyKind(v)
              + " value. Key: "
              + name);
    }
    checkKeySize(v, hash);
  }

  private static void checkKeySize(AttributeValue v, boolean hash) {
    long size = keyBytes(v);
    if (hash && size > MAX_HASH_BYTES) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Size of"
              + " hashkey has exceeded the maximum size limit of2048 bytes");
    }
    if (!hash && size > MAX_RANGE_BYTES) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Aggregated"
              + " size of all range keys has exceeded the size limit of 1024 bytes");
    }
  }

  private static long keyBytes(AttributeValue v) {
    if (v instanceof AttributeValue.S s) {
      return s.value().getBytes(StandardCharsets.UTF_8).length;
    }
    if (v instanceof AttributeValue.B b) {
      return b.value().length();
    }
    return ItemSize.of(v);
  }

  /** The indexes in the order DynamoDB reports their key errors: by name. */
  private static List<IndexDefinition> checkingOrder(TableDefinition table) {
    return table.indexes().stream().sorted(Comparator.comparing(IndexDefinition::name)).toList();
  }

  private static String emptyKind(AttributeValue v) {
    return v instanceof AttributeValue.B ? "binary" : "string";
  }

  private static boolean isEmpty(AttributeValue v) {
    return KeySchema.isEmptyValue(v);
  }
}
