package cruddur.dynamo.streams;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.operations.Arns;
import cruddur.dynamo.operations.Json;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import cruddur.dynamo.protocol.ResponseBody;
import cruddur.dynamo.storage.Cursor;
import cruddur.dynamo.storage.Entry;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DynamoDB Streams API on the engine's endpoint ({@code DynamoDBStreams_20120810.*}): each
 * enabled stream has one open shard holding all of its records.
 */
public final class StreamOperations {
  public static final String PREFIX = "DynamoDBStreams_20120810";
  static final int MAX_RECORDS = 1000;
  static final int MAX_PAGE_BYTES = 1024 * 1024;

  private final Catalog catalog;
  private final Store store;
  private final StreamLog log;
  private final Arns arns;
  private final ShardIterators iterators;
  private final Clock clock;
  private final Map<Integer, Long> horizons = new ConcurrentHashMap<>();

  private StreamOperations(
      Catalog catalog,
      Store store,
      StreamLog log,
      Arns arns,
      ShardIterators iterators,
      Clock clock) {
    this.catalog = catalog;
    this.store = store;
    this.log = log;
    this.arns = arns;
    this.iterators = iterators;
    this.clock = clock;
  }

  /** Registers ListStreams, DescribeStream, GetShardIterator and GetRecords. */
  public static void register(
      Dispatcher dispatcher, Catalog catalog, Store store, StreamLog log, Arns arns, Clock clock) {
    StreamOperations ops =
        new StreamOperations(catalog, store, log, arns, new ShardIterators(clock), clock);
    dispatcher
        .register(PREFIX, "ListStreams", ops::listStreams)
        .register(PREFIX, "DescribeStream", ops::describeStream)
        .register(PREFIX, "GetShardIterator", ops::getShardIterator)
        .register(PREFIX, "GetRecords", ops::getRecords);
  }

  /** The one shard of a table's stream. */
  static String shardId(TableDefinition def) {
    return String.format("shardId-%020d-%08x", (long) def.id(), def.stream().label().hashCode());
  }

  private ResponseBody listStreams(JsonNode request) {
    Optional<String> tableName = Json.text(request, "TableName");
    int limit = limit(request, "Limit", 100);
    Optional<String> start = Json.text(request, "ExclusiveStartStreamArn");
    List<TableDefinition> streams = new ArrayList<>();
    for (String name : catalog.names()) {
      if (tableName.isPresent() && !tableName.get().equals(name)) {
        continue;
      }
      catalog
          .find(name)
          .map(Table::definition)
          .filter(def -> def.stream().label() != null)
          .filter(def -> start.isEmpty() || arn(def).compareTo(start.get()) > 0)
          .ifPresent(streams::add);
    }
    streams.sort((a, b) -> arn(a).compareTo(arn(b)));
    List<TableDefinition> page = streams.subList(0, Math.min(limit, streams.size()));
    boolean more = streams.size() > limit;
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Streams");
      for (TableDefinition def : page) {
        json.writeStartObject();
        json.writeStringField("StreamArn", arn(def));
        json.writeStringField("TableName", def.name());
        json.writeStringField("StreamLabel", def.stream().label());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (more) {
        json.writeStringField("LastEvaluatedStreamArn", arn(page.get(page.size() - 1)));
      }
      json.writeEndObject();
    };
  }

  private ResponseBody describeStream(JsonNode request) {
    TableDefinition def = stream(required(request, "StreamArn"));
    long first = trimHorizon(def);
    return json -> {
      json.writeStartObject();
      json.writeObjectFieldStart("StreamDescription");
      json.writeStringField("StreamArn", arn(def));
      json.writeStringField("StreamLabel", def.stream().label());
      json.writeStringField("StreamStatus", def.stream().enabled() ? "ENABLED" : "DISABLED");
      json.writeStringField("StreamViewType", def.stream().viewType());
      json.writeNumberField("CreationRequestDateTime", def.creationEpochSeconds());
      json.writeStringField("TableName", def.name());
      json.writeArrayFieldStart("KeySchema");
      writeKey(json, def.key());
      json.writeEndArray();
      json.writeArrayFieldStart("Shards");
      json.writeStartObject();
      json.writeStringField("ShardId", shardId(def));
      json.writeObjectFieldStart("SequenceNumberRange");
      json.writeStringField("StartingSequenceNumber", SequenceNumbers.format(first));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    };
  }

  private ResponseBody getShardIterator(JsonNode request) {
    String arn = required(request, "StreamArn");
    String shard = required(request, "ShardId");
    String type = required(request, "ShardIteratorType");
    TableDefinition def = stream(arn);
    if (!shard.equals(shardId(def))) {
      throw DynamoException.resourceNotFound("Requested resource not found: Shard does not exist");
    }
    long position;
    switch (type) {
      case "TRIM_HORIZON" -> position = trimHorizon(def);
      case "LATEST" -> position = log.lastSequence() + 1;
      case "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER" -> {
        long sequence = SequenceNumbers.parse(required(request, "SequenceNumber"));
        if (sequence < 1) {
          throw DynamoException.validation(
              "Invalid SequenceNumber: " + request.get("SequenceNumber").asText());
        }
        if (sequence > log.lastSequence()) {
          throw DynamoException.validation(
              "Invalid StartingSequenceNumber. Sequence number is beyond the end of the shard");
        }
        position = type.equals("AT_SEQUENCE_NUMBER") ? sequence : sequence + 1;
        if (position < trimHorizon(def)) {
          throw trimmed();
        }
      }
      default ->
          throw DynamoException.validation(
              "1 validation error detected: Value '"
                  + type
                  + "' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy"
                  + " enum value set: [AFTER_SEQUENCE_NUMBER, AT_SEQUENCE_NUMBER, LATEST,"
                  + " TRIM_HORIZON]");
    }
    String iterator = iterators.issue(arn, def.id(), position);
    return json -> {
      json.writeStartObject();
      json.writeStringField("ShardIterator", iterator);
      json.writeEndObject();
    };
  }

  private ResponseBody getRecords(JsonNode request) {
    ShardIterators.Position at = iterators.read(required(request, "ShardIterator"));
    int limit = limit(request, "Limit", MAX_RECORDS);
    TableDefinition def = stream(at.streamArn());
    if (def.id() != at.tableId()) {
      throw DynamoException.resourceNotFound("Requested resource not found: Stream not found");
    }
    if (at.sequence() < trimHorizon(def)) {
      throw trimmed();
    }
    List<StoredRecord> records = new ArrayList<>();
    long bytes = 0;
    try (Cursor c =
        store.scan(StreamKeys.key(def.id(), at.sequence()), StreamKeys.end(def.id()), false)) {
      while (c.hasNext() && records.size() < limit && bytes < MAX_PAGE_BYTES) {
        Entry e = c.next();
        records.add(StoredRecord.read(e.key(), e.value()));
        bytes += e.value().length;
      }
    }
    long next = records.isEmpty() ? at.sequence() : records.get(records.size() - 1).sequence() + 1;
    String nextIterator = iterators.issue(at.streamArn(), def.id(), next);
    String region = arns.region();
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Records");
      for (StoredRecord r : records) {
        json.writeStartObject();
        json.writeStringField("eventID", eventId(def, r.sequence()));
        json.writeStringField("eventName", r.eventName());
        json.writeStringField("eventVersion", "1.1");
        json.writeStringField("eventSource", "aws:dynamodb");
        json.writeStringField("awsRegion", region);
        if (r.byService()) {
          // How DynamoDB marks the removals its TTL process makes.
          json.writeObjectFieldStart("userIdentity");
          json.writeStringField("PrincipalId", "dynamodb.amazonaws.com");
          json.writeStringField("Type", "Service");
          json.writeEndObject();
        }
        json.writeFieldName("dynamodb");
        json.writeRawValue(r.dynamodbJson());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("NextShardIterator", nextIterator);
      json.writeEndObject();
    };
  }

  private static String eventId(TableDefinition def, long sequence) {
    return String.format("%08x%024x", def.id(), sequence);
  }

  /**
   * The oldest readable sequence number of a table's current stream: that of its first record
   * written within the retention period and since the stream was enabled (its label is that time:
   * records of an earlier stream of the same table are not this stream's), or the next one to be
   * written when there is none.
   */
  private long trimHorizon(TableDefinition def) {
    int tableId = def.id();
    long cutoff =
        Math.max(clock.millis() - Retention.PERIOD.toMillis(), enabledAt(def.stream().label()));
    // Time only moves forward, so the search starts where the last one ended.
    long horizon =
        Retention.firstSince(store, tableId, horizons.getOrDefault(tableId, 0L), cutoff)
            .orElse(log.lastSequence() + 1);
    horizons.merge(tableId, horizon, Math::max);
    return horizon;
  }

  /** When a stream was enabled: its label is that time in UTC. */
  private static long enabledAt(String label) {
    try {
      return LocalDateTime.parse(label).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }

  private static DynamoException trimmed() {
    return new DynamoException(
        ErrorType.TRIMMED_DATA_ACCESS,
        "The operation attempted to read past the oldest stream record in a shard.");
  }

  /** The table whose stream the ARN names; ResourceNotFound when there is none. */
  private TableDefinition stream(String arn) {
    int at = arn.lastIndexOf("/stream/");
    if (!arn.startsWith("arn:aws:dynamodb:") || at < 0) {
      throw DynamoException.validation("Invalid StreamArn");
    }
    String label = arn.substring(at + "/stream/".length());
    Optional<TableDefinition> def =
        arns.tableName(arn.substring(0, at))
            .flatMap(catalog::find)
            .map(Table::definition)
            .filter(d -> label.equals(d.stream().label()));
    return def.orElseThrow(
        () ->
            DynamoException.resourceNotFound(
                "Requested resource not found: Stream: " + arn + " not found"));
  }

  private String arn(TableDefinition def) {
    return arns.stream(def.name(), def.stream().label());
  }

  private static void writeKey(com.fasterxml.jackson.core.JsonGenerator json, KeySchema key)
      throws java.io.IOException {
    json.writeStartObject();
    json.writeStringField("AttributeName", key.hashName());
    json.writeStringField("KeyType", "HASH");
    json.writeEndObject();
    if (key.range().isPresent()) {
      json.writeStartObject();
      json.writeStringField("AttributeName", key.range().get());
      json.writeStringField("KeyType", "RANGE");
      json.writeEndObject();
    }
  }

  private static String required(JsonNode request, String field) {
    return Json.text(request, field)
        .orElseThrow(
            () ->
                DynamoException.validation(
                    "1 validation error detected: Value null at '"
                        + Character.toLowerCase(field.charAt(0))
                        + field.substring(1)
                        + "' failed to satisfy constraint: Member must not be null"));
  }

  private static int limit(JsonNode request, String field, int max) {
    JsonNode node = request.get(field);
    if (node == null || node.isNull()) {
      return max;
    }
    if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > max) {
      throw DynamoException.validation(
          "1 validation error detected: Value '"
              + node.asText()
              + "' at 'limit' failed to satisfy constraint: Member must have value "
              + (node.isIntegralNumber() && node.asLong() < 1
                  ? "greater than or equal to 1"
                  : "less than or equal to " + max));
    }
    return node.asInt();
  }
}
