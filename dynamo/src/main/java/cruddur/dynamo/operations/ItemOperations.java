package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.expression.KeyNames;
import cruddur.dynamo.expression.Projection;
import cruddur.dynamo.expression.RequestExpressions;
import cruddur.dynamo.expression.RequestKind;
import cruddur.dynamo.expression.Update;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ResponseBody;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.KeyLayout;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Mutation;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableReader;
import cruddur.dynamo.table.TableWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
public final class ItemOperations {
  private final Catalog catalog;
  private final TableReader reader;
  private final TableWriter writer;

  public ItemOperations(Catalog catalog, TableReader reader, TableWriter writer) {
    this.catalog = catalog;
    this.reader = reader;
    this.writer = writer;
  }

  public void registerWith(Dispatcher d, String prefix) {
    d.register(prefix, "PutItem", this::putItem)
        .register(prefix, "GetItem", this::getItem)
        .register(prefix, "UpdateItem", this::updateItem)
        .register(prefix, "DeleteItem", this::deleteItem);
  }

  ResponseBody getItem(JsonNode request) {
    new Constraints().dataPlaneTableName(request).notNull(request.get("Key"), "key").check();
    new Constraints()
        .returnConsumedCapacity(request)
        .size(
            Json.array(request, "AttributesToGet").orElse(null),
            "attributesToGet",
            1,
            Integer.MAX_VALUE)
        .check();
    Capacity.Mode mode = Capacity.mode(request);
    Map<String, AttributeValue> key =
        AttributeValueJson.readItem(Json.object(request, "Key").orElseThrow());
    Table table = catalog.require(Json.text(request.get("TableName")));
    TableDefinition def = table.definition();
    RequestExpressions expressions =
        RequestExpressions.parse(request, RequestKind.GET_ITEM, keyNames(def));
    Keys.checkKey(def, key);
    boolean consistent = Json.bool(request, "ConsistentRead").orElse(false);
    Optional<Map<String, AttributeValue>> item = reader.get(def, key);
    Capacity capacity =
        new Capacity(def.name())
            .addTableRead(Capacity.readUnits(item.map(ItemSize::of).orElse(0L), consistent));
    Optional<Map<String, AttributeValue>> projected =
        item.map(i -> expressions.projection().map(p -> p.apply(i)).orElse(i));
    return json -> {
      json.writeStartObject();
      if (projected.isPresent()) {
        json.writeFieldName("Item");
        AttributeValueJson.writeItem(json, projected.get());
      }
      capacity.writeField(json, mode);
      json.writeEndObject();
    };
  }

  /** What PutItem, DeleteItem and UpdateItem read first, in DynamoDB's order of checks. */
  private record WriteCall(
      Table table, Map<String, AttributeValue> values, String returnValues, Capacity.Mode mode) {}

  /**
   * {@code field} is Item or Key; {@code members} checks the call's enum members (all reported
   * together, after the table name and {@code field}); {@code allOldOnly} for the calls that return
   * no new image.
   */
  private WriteCall writeCall(
      JsonNode request, String field, Consumer<Constraints> members, boolean allOldOnly) {
    new Constraints()
        .dataPlaneTableName(request)
        .notNull(request.get(field), Constraints.lowerFirst(field))
        .check();
    Constraints c = new Constraints();
    members.accept(c);
    c.check();
    Capacity.Mode mode = Capacity.mode(request);
    String returnValues = Json.text(request, "ReturnValues").orElse("NONE");
    if (allOldOnly && !returnValues.equals("NONE") && !returnValues.equals("ALL_OLD")) {
      throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
    }
    Map<String, AttributeValue> values =
        AttributeValueJson.readItem(Json.object(request, field).orElseThrow());
    Table table = catalog.require(Json.text(request.get("TableName")));
    return new WriteCall(table, values, returnValues, mode);
  }

  ResponseBody putItem(JsonNode request) {
    WriteCall call = writeCall(request, "Item", c -> putOrDeleteMembers(c, request), true);
    TableDefinition def = call.table().definition();
    RequestExpressions expressions =
        RequestExpressions.parse(request, RequestKind.PUT_ITEM, keyNames(def));
    Keys.checkItem(def, call.values());
    WriteRequest write =
        new WriteRequest(
            WriteRequest.Kind.PUT,
            call.table(),
            KeyLayout.keyOf(def, Optional.empty(), call.values()),
            call.values(),
            expressions,
            returnOldOnFailure(request));
    return respondWithOld(call, execute(write), request);
  }

  ResponseBody deleteItem(JsonNode request) {
    WriteCall call = writeCall(request, "Key", c -> putOrDeleteMembers(c, request), true);
    TableDefinition def = call.table().definition();
    RequestExpressions expressions =
        RequestExpressions.parse(request, RequestKind.DELETE_ITEM, keyNames(def));
    Keys.checkKey(def, call.values());
    WriteRequest write =
        new WriteRequest(
            WriteRequest.Kind.DELETE,
            call.table(),
            call.values(),
            Map.of(),
            expressions,
            returnOldOnFailure(request));
    return respondWithOld(call, execute(write), request);
  }

  private ResponseBody respondWithOld(WriteCall call, Result result, JsonNode request) {
    Optional<Map<String, AttributeValue>> old =
        call.returnValues().equals("ALL_OLD") ? result.before() : Optional.empty();
    return respond(call, result, old, request);
  }

  ResponseBody updateItem(JsonNode request) {
    WriteCall call = writeCall(request, "Key", c -> updateMembers(c, request), false);
    Table table = call.table();
    TableDefinition def = table.definition();
    Map<String, AttributeValue> key = call.values();
    RequestExpressions expressions =
        RequestExpressions.parse(request, RequestKind.UPDATE_ITEM, keyNames(def));
    Keys.checkKey(def, key);
    checkUpdatesNoKey(def, expressions);
    WriteRequest write =
        new WriteRequest(
            WriteRequest.Kind.UPDATE,
            table,
            key,
            Map.of(),
            expressions,
            returnOldOnFailure(request));
    Result result = execute(write);
    Optional<Projection> changed = expressions.update().map(Update::changedPaths);
    Optional<Map<String, AttributeValue>> attributes =
        switch (call.returnValues()) {
          case "ALL_OLD" -> result.before();
          case "ALL_NEW" -> result.after();
          case "UPDATED_OLD" ->
              result.before().map(i -> changed.map(p -> p.apply(i)).orElse(Map.of()));
          case "UPDATED_NEW" ->
              result.after().map(i -> changed.map(p -> p.apply(i)).orElse(Map.of()));
          default -> Optional.empty();
        };
    return respond(call, result, attributes.filter(a -> !a.isEmpty()), request);
  }

  static void checkUpdatesNoKey(TableDefinition def, RequestExpressions expressions) {
    expressions
        .update()
        .ifPresent(
            u -> {
              for (String name : u.topLevelNames()) {
                if (def.key().isKeyAttribute(name)) {
                  throw DynamoException.validation(
                      "One or more parameter values were invalid: Cannot"
                          + " update attribute "
                          + name
                          + ". This attribute is part of the key");
                }
              }
            });
  }

  /**
   * UpdateItem's own size limit: DynamoDB holds the bytes the update writes (the attributes its SET
   * and ADD actions leave, names included) plus a cost per action to the item size limit, so near
   * the limit an update is refused where a put of the same item is not.
   */
  private static void checkUpdateSize(WriteRequest write, Map<String, AttributeValue> item) {
    write
        .expressions()
        .update()
        .filter(u -> u.sizeOverhead() > 0)
        .ifPresent(
            u -> {
              long written = u.sizeOverhead();
              for (String name : u.writtenTopLevelNames()) {
                AttributeValue value = item.get(name);
                if (value != null) {
                  written += ItemSize.of(Map.of(name, value));
                }
              }
              if (written > Keys.MAX_ITEM_BYTES) {
                throw DynamoException.validation(
                    "Item size to update has exceeded the maximum allowed size");
              }
            });
  }

  /** The outcome of one write: the item before and after, and what it cost. */
  record Result(
      Optional<Map<String, AttributeValue>> before,
      Optional<Map<String, AttributeValue>> after,
      Capacity capacity) {}

  /** Runs one write under its table's lock. */
  Result execute(WriteRequest write) {
    return executeAll(write.table(), List.of(write)).get(0);
  }

  /**
   * Runs writes of distinct items of one table under one hold of its lock, in one atomic batch
   * (BatchWriteItem's puts and deletes, which carry no conditions).
   */
  List<Result> executeAll(Table table, List<WriteRequest> writes) {
    table.writeLock().lock();
    try {
      TableDefinition def = table.definition();
      List<Result> results = new ArrayList<>(writes.size());
      List<Mutation> mutations = new ArrayList<>(writes.size());
      for (WriteRequest write : writes) {
        Optional<Map<String, AttributeValue>> before = reader.get(def, write.key());
        Optional<Map<String, AttributeValue>> after = write.apply(before);
        if (write.kind() == WriteRequest.Kind.UPDATE && after.isPresent()) {
          checkUpdateSize(write, after.get());
        }
        if (before.isPresent() || after.isPresent()) {
          mutations.add(new Mutation(table, before, after));
        }
        results.add(new Result(before, after, writeCapacity(def, before, after)));
      }
      writer.write(mutations);
      return results;
    } finally {
      table.writeLock().unlock();
    }
  }

  static Capacity writeCapacity(
      TableDefinition def,
      Optional<Map<String, AttributeValue>> before,
      Optional<Map<String, AttributeValue>> after) {
    long size = Math.max(before.map(ItemSize::of).orElse(0L), after.map(ItemSize::of).orElse(0L));
    Capacity capacity = new Capacity(def.name()).addTableWrite(Capacity.writeUnits(size));
    // An index is charged only when the write changes what it stores: nothing for an entry that
    // stays the same, a delete and a put when its key moves, as DynamoDB accounts it.
    for (var index : def.indexes()) {
      Optional<Map<String, AttributeValue>> was =
          before
              .filter(i -> KeyLayout.isIndexed(index, i))
              .map(i -> KeyLayout.project(def, index, i));
      Optional<Map<String, AttributeValue>> is =
          after
              .filter(i -> KeyLayout.isIndexed(index, i))
              .map(i -> KeyLayout.project(def, index, i));
      if (was.equals(is)) {
        continue;
      }
      long wasSize = was.map(ItemSize::of).orElse(0L);
      long isSize = is.map(ItemSize::of).orElse(0L);
      double units =
          was.isPresent() && is.isPresent() && !sameIndexKey(index, was.get(), is.get())
              ? Capacity.writeUnits(wasSize) + Capacity.writeUnits(isSize)
              : Capacity.writeUnits(Math.max(wasSize, isSize));
      capacity.addIndex(index.name(), index.global(), units, true);
    }
    return capacity;
  }

  private static boolean sameIndexKey(
      IndexDefinition index, Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
    KeySchema key = index.key();
    return Objects.equals(a.get(key.hashName()), b.get(key.hashName()))
        && (!key.hasRange() || Objects.equals(a.get(key.rangeName()), b.get(key.rangeName())));
  }

  /** The answer to a write, for the table the call resolved (not looked up again by name). */
  private ResponseBody respond(
      WriteCall call,
      Result result,
      Optional<Map<String, AttributeValue>> attributes,
      JsonNode request) {
    TableDefinition def = call.table().definition();
    Capacity.Mode mode = call.mode();
    boolean metrics =
        Json.text(request, "ReturnItemCollectionMetrics").orElse("NONE").equals("SIZE")
            && !def.localIndexes().isEmpty();
    return json -> {
      json.writeStartObject();
      if (attributes.isPresent()) {
        json.writeFieldName("Attributes");
        AttributeValueJson.writeItem(json, attributes.get());
      }
      result.capacity().writeField(json, mode);
      if (metrics) {
        Map<String, AttributeValue> any = result.after().or(result::before).orElse(Map.of());
        json.writeObjectFieldStart("ItemCollectionMetrics");
        json.writeObjectFieldStart("ItemCollectionKey");
        json.writeFieldName(def.key().hashName());
        AttributeValueJson.write(json, any.get(def.key().hashName()));
        json.writeEndObject();
        json.writeArrayFieldStart("SizeEstimateRangeGB");
        json.writeNumber(0.0);
        json.writeNumber(1.0);
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndObject();
    };
  }

  /** PutItem's and DeleteItem's enum members, in the order DynamoDB reports them. */
  private static void putOrDeleteMembers(Constraints c, JsonNode request) {
    c.returnValues(request).returnConsumedCapacity(request).returnItemCollectionMetrics(request);
    returnValuesOnConditionCheckFailure(c, request);
  }

  /** UpdateItem's enum members, in the order DynamoDB reports them. */
  private static void updateMembers(Constraints c, JsonNode request) {
    c.returnConsumedCapacity(request).returnItemCollectionMetrics(request).returnValues(request);
    returnValuesOnConditionCheckFailure(c, request);
  }

  private static void returnValuesOnConditionCheckFailure(Constraints c, JsonNode request) {
    c.oneOf(
        request.get("ReturnValuesOnConditionCheckFailure"),
        "returnValuesOnConditionCheckFailure",
        EnumValues.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);
  }

  static boolean returnOldOnFailure(JsonNode request) {
    return Json.text(request, "ReturnValuesOnConditionCheckFailure")
        .orElse("NONE")
        .equals("ALL_OLD");
  }

  static KeyNames keyNames(TableDefinition def) {
    return new KeyNames(def.key().hashName(), def.key().range());
  }
}
