package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.expression.KeyCondition;
import cruddur.dynamo.expression.KeyNames;
import cruddur.dynamo.expression.RangeCondition;
import cruddur.dynamo.expression.RequestExpressions;
import cruddur.dynamo.expression.RequestKind;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ResponseBody;
import cruddur.dynamo.storage.KeyBuilder;
import cruddur.dynamo.storage.KeyCodec;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.KeyLayout;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableReader;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Query and Scan, on tables and their indexes. */
public final class QueryOperations {
  private final Catalog catalog;
  private final TableReader reader;
  private final RangeReader ranges;

  public QueryOperations(Catalog catalog, TableReader reader) {
    this.catalog = catalog;
    this.reader = reader;
    this.ranges = new RangeReader(reader);
  }

  public void registerWith(Dispatcher d, String prefix) {
    d.register(prefix, "Query", this::query).register(prefix, "Scan", this::scan);
  }

  ResponseBody query(JsonNode request) {
    Common common = common(request, true);
    TableDefinition def = common.table().definition();
    KeySchema schema = common.index().map(IndexDefinition::key).orElse(def.key());
    RequestExpressions expressions =
        RequestExpressions.parse(
            request, RequestKind.QUERY, new KeyNames(schema.hashName(), schema.range()));
    KeyCondition keyCondition =
        expressions
            .keyCondition()
            .orElseThrow(
                () ->
                    DynamoException.validation(
                        "Either the KeyConditions or KeyConditionExpression parameter"
                            + " must be specified in the request."));
    checkKeyCondition(schema, keyCondition);
    byte[] partition =
        KeyLayout.prefix(def.id(), indexNumber(common.index()))
            .ordered(keyCondition.hashValue())
            .build();
    byte[][] bounds = bounds(partition, keyCondition.range());
    boolean forward = Json.bool(request, "ScanIndexForward").orElse(true);
    Optional<Map<String, AttributeValue>> start = startKey(request, def, common.index());
    start.ifPresent(
        s -> {
          AttributeValue hash = s.get(schema.hashName());
          if (!keyCondition.hashValue().equals(hash)) {
            throw DynamoException.validation(
                "The provided starting key is outside query boundaries based on provided conditions");
          }
        });
    return run(request, common, expressions, bounds, !forward, start, x -> true);
  }

  ResponseBody scan(JsonNode request) {
    Common common = common(request, false);
    TableDefinition def = common.table().definition();
    KeySchema schema = common.index().map(IndexDefinition::key).orElse(def.key());
    RequestExpressions expressions =
        RequestExpressions.parse(
            request, RequestKind.SCAN, new KeyNames(schema.hashName(), schema.range()));
    Predicate<Map<String, AttributeValue>> segment = segment(request, schema);
    byte[] prefix = KeyLayout.prefix(def.id(), indexNumber(common.index())).build();
    byte[][] bounds = {prefix, KeyCodec.prefixEnd(prefix)};
    Optional<Map<String, AttributeValue>> start = startKey(request, def, common.index());
    return run(request, common, expressions, bounds, false, start, segment);
  }

  private record Common(
      Table table,
      Optional<IndexDefinition> index,
      String select,
      int limit,
      boolean consistent,
      Capacity.Mode mode) {}

  private Common common(JsonNode request, boolean query) {
    Constraints c = new Constraints().dataPlaneTableName(request);
    c.name(request.get("IndexName"), "indexName", false);
    c.oneOf(request.get("Select"), "select", EnumValues.SELECT);
    c.size(
        Json.array(request, "AttributesToGet").orElse(null),
        "attributesToGet",
        1,
        Integer.MAX_VALUE);
    c.intRange(request.get("Limit"), "limit", 1, Integer.MAX_VALUE);
    c.intRange(request.get("TotalSegments"), "totalSegments", 1, 1000000);
    c.intRange(request.get("Segment"), "segment", 0, 999999);
    Capacity.Mode mode = Capacity.mode(request);
    c.check();
    Table table = catalog.require(Json.text(request.get("TableName")));
    TableDefinition def = table.definition();
    Optional<IndexDefinition> index =
        Json.text(request, "IndexName")
            .map(
                name ->
                    def.index(name)
                        .orElseThrow(
                            () ->
                                DynamoException.validation(
                                    "The table does not have the specified index: " + name)));
    if (index.isPresent() && !index.get().isActive()) {
      // Until its backfill is done the index lacks some items: DynamoDB refuses to read it.
      throw DynamoException.validation(
          "Cannot read from backfilling global secondary index: " + index.get().name());
    }
    boolean consistent = Json.bool(request, "ConsistentRead").orElse(false);
    if (consistent && index.map(IndexDefinition::global).orElse(false)) {
      throw DynamoException.validation(
          "Consistent reads are not supported on global secondary indexes");
    }
    boolean projecting =
        Json.present(request, "ProjectionExpression") || Json.present(request, "AttributesToGet");
    String select =
        Json.text(request, "Select")
            .orElse(
                projecting
                    ? "SPECIFIC_ATTRIBUTES"
                    : index.isPresent() ? "ALL_PROJECTED_ATTRIBUTES" : "ALL_ATTRIBUTES");
    if (select.equals("SPECIFIC_ATTRIBUTES") && !projecting) {
      // Query words it as a constraint, Scan bare, as DynamoDB does.
      throw DynamoException.validation(
          (query ? "1 validation error detected: " : "")
              + "Must specify the AttributesToGet or ProjectionExpression when choosing to get"
              + " SPECIFIC_ATTRIBUTES");
    }
    if (select.equals("ALL_PROJECTED_ATTRIBUTES") && index.isEmpty()) {
      throw DynamoException.validation(
          "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    }
    if (projecting && !select.equals("SPECIFIC_ATTRIBUTES")) {
      throw DynamoException.validation(
          "Cannot specify the "
              + (Json.present(request, "ProjectionExpression")
                  ? "ProjectionExpression"
                  : "AttributesToGet")
              + " when choosing to get "
              + select);
    }
    if (select.equals("ALL_ATTRIBUTES")
        && index.isPresent()
        && index.get().global()
        && !index.get().projection().type().equals("ALL")) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Select type"
              + " ALL_ATTRIBUTES is not supported for global secondary index "
              + index.get().name()
              + " because its projection type is not ALL");
    }
    int limit = Json.intValue(request, "Limit").orElse((long) Integer.MAX_VALUE).intValue();
    return new Common(table, index, select, limit, consistent, mode);
  }

  private ResponseBody run(
      JsonNode request,
      Common common,
      RequestExpressions expressions,
      byte[][] bounds,
      boolean reverse,
      Optional<Map<String, AttributeValue>> start,
      Predicate<Map<String, AttributeValue>> segment) {
    TableDefinition def = common.table().definition();
    Optional<IndexDefinition> index = common.index();
    byte[] from = bounds[0];
    byte[] to = bounds[1];
    if (start.isPresent()) {
      byte[] position =
          index.isPresent()
              ? KeyLayout.indexPosition(def, index.get(), start.get())
              : KeyLayout.itemKey(def, start.get());
      if (reverse) {
        to = min(to, position);
      } else {
        from = max(from, KeyCodec.successor(position));
      }
    }
    boolean fetchBase =
        index.isPresent()
            && !index.get().global()
            && !index.get().projection().type().equals("ALL")
            && (common.select().equals("ALL_ATTRIBUTES")
                || common.select().equals("SPECIFIC_ATTRIBUTES"));
    UnaryOperator<Map<String, AttributeValue>> resolve =
        fetchBase
            ? entry -> reader.get(def, KeyLayout.keyOf(def, Optional.empty(), entry)).orElse(entry)
            : UnaryOperator.identity();
    UnaryOperator<Map<String, AttributeValue>> project =
        expressions
            .projection()
            .<UnaryOperator<Map<String, AttributeValue>>>map(p -> p::apply)
            .orElse(UnaryOperator.identity());
    RangeReader.Plan plan =
        new RangeReader.Plan(
            def,
            index,
            from,
            to,
            reverse,
            common.limit(),
            segment,
            expressions.filter(),
            resolve,
            project,
            !common.select().equals("COUNT"));
    ReadPage page =
        to.length > 0 && Arrays.compareUnsigned(from, to) < 0
            ? ranges.read(plan)
            : new ReadPage(java.util.List.of(), 0, 0, Optional.empty(), 0);
    Capacity capacity = new Capacity(def.name());
    double units = Capacity.readUnits(page.bytesRead(), common.consistent());
    if (index.isPresent()) {
      capacity.addIndex(index.get().name(), index.get().global(), units, false);
    } else {
      capacity.addTableRead(units);
    }
    boolean count = common.select().equals("COUNT");
    return json -> {
      json.writeStartObject();
      if (!count) {
        json.writeArrayFieldStart("Items");
        for (Map<String, AttributeValue> item : page.items()) {
          AttributeValueJson.writeItem(json, item);
        }
        json.writeEndArray();
      }
      json.writeNumberField("Count", page.count());
      json.writeNumberField("ScannedCount", page.scannedCount());
      if (page.lastEvaluatedKey().isPresent()) {
        json.writeFieldName("LastEvaluatedKey");
        AttributeValueJson.writeItem(json, page.lastEvaluatedKey().get());
      }
      capacity.writeField(json, common.mode());
      json.writeEndObject();
    };
  }

  private static void checkKeyCondition(KeySchema schema, KeyCondition condition) {
    if (condition.hashValue().type() != schema.hashType()) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Condition"
              + " parameter type does not match schema type");
    }
    condition
        .range()
        .ifPresent(
            r -> {
              if (r.low().type() != schema.rangeType()
                  || r.high().map(h -> h.type() != schema.rangeType()).orElse(false)) {
                throw DynamoException.validation(
                    "One or more parameter values were invalid: Condition"
                        + " parameter type does not match schema type");
              }
            });
  }

  /** The [from, to) storage range a key condition selects within one partition. */
  private static byte[][] bounds(byte[] partition, Optional<RangeCondition> range) {
    if (range.isEmpty()) {
      return new byte[][] {partition, KeyCodec.prefixEnd(partition)};
    }
    RangeCondition r = range.get();
    byte[] low = append(partition, r.low());
    byte[] end = KeyCodec.prefixEnd(partition);
    switch (r.op()) {
      case EQ:
        return new byte[][] {low, KeyCodec.prefixEnd(low)};
      case LT:
        return new byte[][] {partition, low};
      case LE:
        return new byte[][] {partition, KeyCodec.prefixEnd(low)};
      case GT:
        return new byte[][] {KeyCodec.prefixEnd(low), end};
      case GE:
        return new byte[][] {low, end};
      case BETWEEN:
        return new byte[][] {low, KeyCodec.prefixEnd(append(partition, r.high().orElseThrow()))};
      case BEGINS_WITH:
        {
          byte[] prefix = new KeyBuilder().raw(partition).orderedPrefix(r.low()).build();
          return new byte[][] {prefix, KeyCodec.prefixEnd(prefix)};
        }
      default:
        throw new IllegalStateException(r.op().name());
    }
  }

  private static byte[] append(byte[] partition, AttributeValue value) {
    return new KeyBuilder().raw(partition).ordered(value).build();
  }

  private static Optional<Map<String, AttributeValue>> startKey(
      JsonNode request, TableDefinition def, Optional<IndexDefinition> index) {
    Optional<JsonNode> node = Json.object(request, "ExclusiveStartKey");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> key = AttributeValueJson.readItem(node.get());
    int expected = def.key().size();
    if (index.isPresent()) {
      KeySchema ik = index.get().key();
      expected +=
          (def.key().isKeyAttribute(ik.hashName()) ? 0 : 1)
              + (ik.hasRange() && !def.key().isKeyAttribute(ik.rangeName()) ? 1 : 0);
    }
    if (!def.key().isPresentIn(key)
        || index.map(i -> !i.key().isPresentIn(key)).orElse(false)
        || key.size() != expected) {
      throw DynamoException.validation(
          "The provided starting key is invalid: The provided key"
              + " element does not match the schema");
    }
    return Optional.of(key);
  }

  private static Predicate<Map<String, AttributeValue>> segment(
      JsonNode request, KeySchema schema) {
    Optional<Long> segment = Json.intValue(request, "Segment");
    Optional<Long> total = Json.intValue(request, "TotalSegments");
    if (segment.isPresent() && total.isEmpty()) {
      throw DynamoException.validation(
          "The TotalSegments parameter is required but was not"
              + " present in the request when Segment parameter is present");
    }
    if (total.isPresent() && segment.isEmpty()) {
      throw DynamoException.validation(
          "The Segment parameter is required but was not present"
              + " in the request when parameter TotalSegments is present");
    }
    if (total.isEmpty()) {
      return item -> true;
    }
    long s = segment.get();
    long n = total.get();
    if (s >= n) {
      throw DynamoException.validation(
          "The Segment parameter is zero-based and must be less"
              + " than parameter TotalSegments: Segment: "
              + s
              + " is not less than TotalSegments: "
              + n);
    }
    return item -> {
      byte[] hash = KeyBuilder.encode(item.get(schema.hashName()));
      return Math.floorMod(Arrays.hashCode(hash), n) == s;
    };
  }

  private static int indexNumber(Optional<IndexDefinition> index) {
    return index.map(IndexDefinition::number).orElse(KeyLayout.BASE);
  }

  private static byte[] min(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b) <= 0 ? a : b;
  }

  private static byte[] max(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b) >= 0 ? a : b;
  }
}
