package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.expression.RequestExpressions;
import cruddur.dynamo.expression.RequestKind;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.item.ItemSize;
import cruddur.dynamo.protocol.ConditionalCheckFailedException;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import cruddur.dynamo.protocol.ResponseBody;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.KeyLayout;
import cruddur.dynamo.table.Mutation;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableReader;
import cruddur.dynamo.table.TableWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * TransactWriteItems (all or nothing, isolated by taking every involved table's write lock in name
 * order) and TransactGetItems.
 */
public final class TransactionOperations {
  private static final int MAX_ACTIONS = 100;

  /** The aggregate size of the items in a transaction (TransactWriteItems API reference). */
  private static final long MAX_AGGREGATE_BYTES = 4L * 1024 * 1024;

  private final Catalog catalog;
  private final TableReader reader;
  private final TableWriter writer;
  private final IdempotencyTokens tokens;

  public TransactionOperations(
      Catalog catalog, TableReader reader, TableWriter writer, IdempotencyTokens tokens) {
    this.catalog = catalog;
    this.reader = reader;
    this.writer = writer;
    this.tokens = tokens;
  }

  public void registerWith(Dispatcher d, String prefix) {
    d.register(prefix, "TransactWriteItems", this::transactWriteItems)
        .register(prefix, "TransactGetItems", this::transactGetItems);
  }

  ResponseBody transactWriteItems(JsonNode request) {
    JsonNode actions = Json.array(request, "TransactItems").orElse(null);
    Constraints c = new Constraints();
    c.notNull(actions, "transactItems");
    c.size(actions, "transactItems", 1, MAX_ACTIONS);
    c.textLength(request.get("ClientRequestToken"), "clientRequestToken", 1, 36);
    Capacity.Mode mode = Capacity.mode(request);
    c.returnItemCollectionMetrics(request);
    c.check();
    Optional<String> token = Json.text(request, "ClientRequestToken");
    if (token.isPresent()) {
      Optional<List<Capacity>> previous = tokens.replay(token.get(), request);
      if (previous.isPresent()) {
        return respond(previous.get(), mode);
      }
    }
    List<WriteRequest> writes = new ArrayList<>();
    Set<ByteBuffer> seen = new HashSet<>();
    // A key that does not fit its table cancels its action (ValidationError), once every action
    // has passed the request's own checks.
    List<CancellationReason> mismatches = new ArrayList<>();
    long aggregateBytes = 0;
    for (int i = 0; i < actions.size(); i++) {
      WriteRequest write;
      try {
        write = writeRequest(actions.get(i), i + 1);
      } catch (Keys.KeyMismatch e) {
        mismatches.add(CancellationReason.validationError(e.getMessage()));
        continue;
      }
      mismatches.add(CancellationReason.NONE);
      ByteBuffer id = ByteBuffer.wrap(KeyLayout.itemKey(write.table().definition(), write.key()));
      if (!seen.add(id)) {
        throw DynamoException.validation(
            "Transaction request cannot include multiple operations on one item");
      }
      aggregateBytes +=
          ItemSize.of(write.kind() == WriteRequest.Kind.PUT ? write.item() : write.key());
      writes.add(write);
    }
    if (aggregateBytes > MAX_AGGREGATE_BYTES) {
      throw DynamoException.validation(
          "Transaction request size has exceeded the maximum allowed size of 4 MB: the aggregate"
              + " size of the items in the transaction cannot exceed 4 MB");
    }
    CancellationReason.cancelIfAnyFailed(mismatches);
    List<Capacity> capacities = execute(writes);
    token.ifPresent(t -> tokens.remember(t, request, capacities));
    return respond(capacities, mode);
  }

  private List<Capacity> execute(List<WriteRequest> writes) {
    TreeSet<Table> tables = new TreeSet<>(Comparator.comparing(Table::name));
    writes.forEach(w -> tables.add(w.table()));
    tables.forEach(t -> t.writeLock().lock());
    try {
      List<Mutation> mutations = new ArrayList<>();
      List<CancellationReason> reasons = new ArrayList<>();
      Map<String, Capacity> capacities = new LinkedHashMap<>();
      for (WriteRequest write : writes) {
        TableDefinition def = write.table().definition();
        Optional<Map<String, AttributeValue>> before = reader.get(def, write.key());
        try {
          Optional<Map<String, AttributeValue>> after = write.apply(before);
          reasons.add(CancellationReason.NONE);
          if (write.kind() != WriteRequest.Kind.CHECK
              && (before.isPresent() || after.isPresent())) {
            mutations.add(new Mutation(write.table(), before, after));
          }
          long size =
              Math.max(before.map(ItemSize::of).orElse(0L), after.map(ItemSize::of).orElse(0L));
          capacities
              .computeIfAbsent(def.name(), Capacity::forTransaction)
              .addTableWrite(2 * Capacity.writeUnits(size));
        } catch (ConditionalCheckFailedException e) {
          reasons.add(
              new CancellationReason(
                  "ConditionalCheckFailed", "The conditional request failed", e.item()));
        } catch (DynamoException e) {
          // A data-dependent validation failure (operand type, item size) cancels the
          // transaction with a ValidationError reason, as DynamoDB reports it.
          if (e.type() != ErrorType.VALIDATION || e instanceof Keys.EmptyUpdatedIndexKey) {
            throw e;
          }
          reasons.add(CancellationReason.validationError(e.getMessage()));
        }
      }
      CancellationReason.cancelIfAnyFailed(reasons);
      writer.write(mutations);
      return new ArrayList<>(capacities.values());
    } finally {
      tables.descendingSet().forEach(t -> t.writeLock().unlock());
    }
  }

  private WriteRequest writeRequest(JsonNode action, int position) {
    List<String> kinds = new ArrayList<>();
    for (String k : List.of("ConditionCheck", "Put", "Delete", "Update")) {
      if (action.hasNonNull(k)) {
        kinds.add(k);
      }
    }
    if (kinds.size() != 1) {
      throw DynamoException.validation(
          "TransactItems can only contain one of Check, Put, Update" + " or Delete");
    }
    String kind = kinds.get(0);
    JsonNode body = action.get(kind);
    Constraints c = new Constraints().tableName(body, "TableName");
    c.check();
    Table table = catalog.require(Json.text(body.get("TableName")));
    TableDefinition def = table.definition();
    boolean returnOld = ItemOperations.returnOldOnFailure(body);
    switch (kind) {
      case "Put":
        {
          Map<String, AttributeValue> item =
              AttributeValueJson.readItem(
                  Json.object(body, "Item")
                      .orElseThrow(
                          () ->
                              DynamoException.validation(
                                  "1 validation error detected: Value null at"
                                      + " 'transactItems."
                                      + position
                                      + ".member.put.item' failed to satisfy constraint:"
                                      + " Member must not be null")));
          RequestExpressions expressions =
              RequestExpressions.parse(body, RequestKind.PUT_ITEM, ItemOperations.keyNames(def));
          Keys.checkItem(def, item);
          return new WriteRequest(
              WriteRequest.Kind.PUT,
              table,
              KeyLayout.keyOf(def, Optional.empty(), item),
              item,
              expressions,
              returnOld);
        }
      case "Update":
        {
          Map<String, AttributeValue> key = key(body, def);
          RequestExpressions expressions =
              RequestExpressions.parse(body, RequestKind.UPDATE_ITEM, ItemOperations.keyNames(def));
          ItemOperations.checkUpdatesNoKey(def, expressions);
          return new WriteRequest(
              WriteRequest.Kind.UPDATE, table, key, Map.of(), expressions, returnOld);
        }
      case "Delete":
        {
          Map<String, AttributeValue> key = key(body, def);
          RequestExpressions expressions =
              RequestExpressions.parse(body, RequestKind.DELETE_ITEM, ItemOperations.keyNames(def));
          return new WriteRequest(
              WriteRequest.Kind.DELETE, table, key, Map.of(), expressions, returnOld);
        }
      default:
        {
          if (!Json.present(body, "ConditionExpression")) {
            throw DynamoException.validation(
                "1 validation error detected: Value null at"
                    + " 'transactItems."
                    + position
                    + ".member.conditionCheck.conditionExpression' failed to"
                    + " satisfy constraint: Member must not be null");
          }
          Map<String, AttributeValue> key = key(body, def);
          RequestExpressions expressions =
              RequestExpressions.parse(
                  body, RequestKind.CONDITION_CHECK, ItemOperations.keyNames(def));
          return new WriteRequest(
              WriteRequest.Kind.CHECK, table, key, Map.of(), expressions, returnOld);
        }
    }
  }

  private static Map<String, AttributeValue> key(JsonNode body, TableDefinition def) {
    Map<String, AttributeValue> key =
        AttributeValueJson.readItem(
            Json.object(body, "Key")
                .orElseThrow(
                    () ->
                        DynamoException.validation(
                            "1 validation error detected: Value null at 'key' failed to satisfy constraint:"
                                + " Member must not be null")));
    Keys.checkKey(def, key);
    return key;
  }

  ResponseBody transactGetItems(JsonNode request) {
    JsonNode actions = Json.array(request, "TransactItems").orElse(null);
    Constraints c = new Constraints();
    c.notNull(actions, "transactItems");
    c.size(actions, "transactItems", 1, MAX_ACTIONS);
    Capacity.Mode mode = Capacity.mode(request);
    c.check();
    record Get(Table table, Map<String, AttributeValue> key, RequestExpressions expressions) {}
    List<Get> gets = new ArrayList<>();
    Set<ByteBuffer> seen = new HashSet<>();
    List<CancellationReason> mismatches = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      JsonNode body = actions.get(i).get("Get");
      if (body == null || body.isNull()) {
        throw DynamoException.validation(
            "1 validation error detected: Value null at"
                + " 'transactItems."
                + (i + 1)
                + ".member.get' failed to satisfy constraint: Member must not be"
                + " null");
      }
      new Constraints().tableName(body, "TableName").check();
      Table table = catalog.require(Json.text(body.get("TableName")));
      TableDefinition def = table.definition();
      RequestExpressions expressions =
          RequestExpressions.parse(body, RequestKind.TRANSACT_GET, ItemOperations.keyNames(def));
      Map<String, AttributeValue> key;
      try {
        key = key(body, def);
      } catch (Keys.KeyMismatch e) {
        mismatches.add(CancellationReason.validationError(e.getMessage()));
        continue;
      }
      mismatches.add(CancellationReason.NONE);
      if (!seen.add(ByteBuffer.wrap(KeyLayout.itemKey(def, key)))) {
        throw DynamoException.validation(
            "Transaction request cannot include multiple operations on one item");
      }
      gets.add(new Get(table, key, expressions));
    }
    CancellationReason.cancelIfAnyFailed(mismatches);
    List<Optional<Map<String, AttributeValue>>> results = new ArrayList<>();
    Map<String, Capacity> capacities = new LinkedHashMap<>();
    for (Get get : gets) {
      TableDefinition def = get.table().definition();
      Optional<Map<String, AttributeValue>> item = reader.get(def, get.key());
      capacities
          .computeIfAbsent(def.name(), Capacity::forTransaction)
          .addTableRead(2 * Capacity.readUnits(item.map(ItemSize::of).orElse(0L), true));
      results.add(item.map(i -> get.expressions().projection().map(p -> p.apply(i)).orElse(i)));
    }
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Responses");
      for (Optional<Map<String, AttributeValue>> item : results) {
        json.writeStartObject();
        if (item.isPresent()) {
          json.writeFieldName("Item");
          AttributeValueJson.writeItem(json, item.get());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      BatchOperations.writeCapacities(json, new ArrayList<>(capacities.values()), mode);
      json.writeEndObject();
    };
  }

  private static ResponseBody respond(List<Capacity> capacities, Capacity.Mode mode) {
    return json -> {
      json.writeStartObject();
      BatchOperations.writeCapacities(json, capacities, mode);
      json.writeEndObject();
    };
  }
}
