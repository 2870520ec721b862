package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.expression.RequestExpressions;
import cruddur.dynamo.expression.RequestKind;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.JsonTrees;
import cruddur.dynamo.protocol.ResponseBody;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.KeyLayout;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** BatchGetItem (up to 100 keys) and BatchWriteItem (up to 25 puts or deletes). */
public final class BatchOperations {
  private static final int MAX_GET_KEYS = 100;
  private static final int MAX_WRITES = 25;
  private static final long MAX_GET_BYTES = 16L * 1024 * 1024;

  private final Catalog catalog;
  private final TableReader reader;
  private final ItemOperations items;

  public BatchOperations(Catalog catalog, TableReader reader, ItemOperations items) {
    this.catalog = catalog;
    this.reader = reader;
    this.items = items;
  }

  public void registerWith(Dispatcher d, String prefix) {
    d.register(prefix, "BatchGetItem", this::batchGetItem)
        .register(prefix, "BatchWriteItem", this::batchWriteItem);
  }

  private record TableGet(
      Table table,
      List<Map<String, AttributeValue>> keys,
      RequestExpressions expressions,
      boolean consistent,
      JsonNode raw) {}

  ResponseBody batchGetItem(JsonNode request) {
    JsonNode requestItems = Json.object(request, "RequestItems").orElse(null);
    Constraints c = new Constraints();
    c.returnConsumedCapacity(request);
    c.notNull(requestItems, "requestItems");
    if (requestItems != null) {
      BatchRequestItems.checkGets(c, requestItems);
    }
    c.check();
    BatchRequestItems.requireSome(requestItems, "BatchGetItem");
    Capacity.Mode mode = Capacity.mode(request);
    List<TableGet> gets = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
      total += e.getValue().get("Keys").size();
    }
    if (total > MAX_GET_KEYS) {
      throw DynamoException.validation("Too many items requested for the BatchGetItem call");
    }
    BatchRequestItems.checkOneProjectionStyle(requestItems);
    for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
      Table table = catalog.require(e.getKey());
      TableDefinition def = table.definition();
      RequestExpressions expressions =
          RequestExpressions.parse(
              e.getValue(), RequestKind.BATCH_GET_KEYS, ItemOperations.keyNames(def));
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      Set<ByteBuffer> seen = new HashSet<>();
      for (JsonNode k : e.getValue().get("Keys")) {
        Map<String, AttributeValue> key = AttributeValueJson.readItem(k);
        Keys.checkKey(def, key);
        if (!seen.add(ByteBuffer.wrap(KeyLayout.itemKey(def, key)))) {
          throw DynamoException.validation("Provided list of item keys contains duplicates");
        }
        keys.add(key);
      }
      gets.add(
          new TableGet(
              table,
              keys,
              expressions,
              Json.bool(e.getValue(), "ConsistentRead").orElse(false),
              e.getValue()));
    }
    Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
    Map<String, List<Map<String, AttributeValue>>> unprocessed = new LinkedHashMap<>();
    List<Capacity> capacities = new ArrayList<>();
    long bytes = 0;
    for (TableGet get : gets) {
      TableDefinition def = get.table().definition();
      List<Map<String, AttributeValue>> found =
          responses.computeIfAbsent(def.name(), n -> new ArrayList<>());
      Capacity capacity = new Capacity(def.name());
      for (Map<String, AttributeValue> key : get.keys()) {
        if (bytes > MAX_GET_BYTES) {
          unprocessed.computeIfAbsent(def.name(), n -> new ArrayList<>()).add(key);
          continue;
        }
        Optional<Map<String, AttributeValue>> item = reader.get(def, key);
        long size = item.map(ItemSize::of).orElse(0L);
        bytes += size;
        capacity.addTableRead(Capacity.readUnits(size, get.consistent()));
        item.ifPresent(
            i -> found.add(get.expressions().projection().map(p -> p.apply(i)).orElse(i)));
      }
      capacities.add(capacity);
    }
    return json -> {
      json.writeStartObject();
      json.writeObjectFieldStart("Responses");
      for (Map.Entry<String, List<Map<String, AttributeValue>>> e : responses.entrySet()) {
        json.writeArrayFieldStart(e.getKey());
        for (Map<String, AttributeValue> item : e.getValue()) {
          AttributeValueJson.writeItem(json, item);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeObjectFieldStart("UnprocessedKeys");
      for (TableGet get : gets) {
        List<Map<String, AttributeValue>> keys = unprocessed.get(get.table().name());
        if (keys == null) {
          continue;
        }
        json.writeObjectFieldStart(get.table().name());
        json.writeArrayFieldStart("Keys");
        for (Map<String, AttributeValue> key : keys) {
          AttributeValueJson.writeItem(json, key);
        }
        json.writeEndArray();
        for (String field :
            List.of(
                "ProjectionExpression",
                "ConsistentRead",
                "ExpressionAttributeNames",
                "AttributesToGet")) {
          if (get.raw().hasNonNull(field)) {
            json.writeFieldName(field);
            JsonTrees.write(json, get.raw().get(field));
          }
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      writeCapacities(json, capacities, mode);
      json.writeEndObject();
    };
  }

  ResponseBody batchWriteItem(JsonNode request) {
    JsonNode requestItems = Json.object(request, "RequestItems").orElse(null);
    Constraints c = new Constraints();
    c.returnConsumedCapacity(request);
    c.returnItemCollectionMetrics(request);
    c.notNull(requestItems, "requestItems");
    if (requestItems != null) {
      BatchRequestItems.checkWrites(c, requestItems);
    }
    c.check();
    BatchRequestItems.requireSome(requestItems, "BatchWriteItem");
    Capacity.Mode mode = Capacity.mode(request);
    int total = 0;
    for (JsonNode list : requestItems) {
      total += list.size();
    }
    if (total > MAX_WRITES) {
      throw DynamoException.validation("Too many items requested for the BatchWriteItem call");
    }
    List<WriteRequest> writes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
      Table table = catalog.require(e.getKey());
      TableDefinition def = table.definition();
      Set<ByteBuffer> seen = new HashSet<>();
      for (JsonNode w : e.getValue()) {
        WriteRequest write = writeRequest(table, w);
        if (!seen.add(ByteBuffer.wrap(KeyLayout.itemKey(def, write.key())))) {
          throw DynamoException.validation("Provided list of item keys contains duplicates");
        }
        writes.add(write);
      }
    }
    Map<String, Capacity> capacities = new LinkedHashMap<>();
    Map<Table, List<WriteRequest>> byTable = new LinkedHashMap<>();
    writes.forEach(w -> byTable.computeIfAbsent(w.table(), t -> new ArrayList<>()).add(w));
    byTable.forEach(
        (table, tableWrites) -> {
          for (ItemOperations.Result result : items.executeAll(table, tableWrites)) {
            capacities.merge(table.name(), result.capacity(), (a, b) -> a.addTableWrite(b.total()));
          }
        });
    return json -> {
      json.writeStartObject();
      json.writeObjectFieldStart("UnprocessedItems");
      json.writeEndObject();
      writeCapacities(json, new ArrayList<>(capacities.values()), mode);
      json.writeEndObject();
    };
  }

  private static WriteRequest writeRequest(Table table, JsonNode w) {
    TableDefinition def = table.definition();
    JsonNode put = w.get("PutRequest");
    JsonNode delete = w.get("DeleteRequest");
    boolean hasPut = put != null && !put.isNull();
    boolean hasDelete = delete != null && !delete.isNull();
    if (hasPut == hasDelete) {
      throw DynamoException.validation(
          "Supplied AttributeValue has more than one datatypes set,"
              + " must contain exactly one of the supported datatypes");
    }
    RequestExpressions none = WriteRequest.NO_EXPRESSIONS;
    if (hasPut) {
      JsonNode itemNode = put.get("Item");
      if (itemNode == null || itemNode.isNull()) {
        throw DynamoException.validation(
            "1 validation error detected: Value null at"
                + " 'requestItems."
                + def.name()
                + ".member.1.member.putRequest.item' failed to"
                + " satisfy constraint: Member must not be null");
      }
      Map<String, AttributeValue> item = AttributeValueJson.readItem(itemNode);
      Keys.checkBatchPutItem(def, item);
      return new WriteRequest(
          WriteRequest.Kind.PUT,
          table,
          KeyLayout.keyOf(def, Optional.empty(), item),
          item,
          none,
          false);
    }
    JsonNode keyNode = delete.get("Key");
    if (keyNode == null || keyNode.isNull()) {
      throw DynamoException.validation(
          "1 validation error detected: Value null at"
              + " 'requestItems."
              + def.name()
              + ".member.1.member.deleteRequest.key' failed to"
              + " satisfy constraint: Member must not be null");
    }
    Map<String, AttributeValue> key = AttributeValueJson.readItem(keyNode);
    Keys.checkKey(def, key);
    return new WriteRequest(WriteRequest.Kind.DELETE, table, key, Map.of(), none, false);
  }

  static void writeCapacities(
      com.fasterxml.jackson.core.JsonGenerator json, List<Capacity> capacities, Capacity.Mode mode)
      throws java.io.IOException {
    if (mode == Capacity.Mode.NONE) {
      return;
    }
    json.writeArrayFieldStart("ConsumedCapacity");
    for (Capacity capacity : capacities) {
      capacity.writeObject(json, mode);
    }
    json.writeEndArray();
  }
}
