package cruddur.dynamo.streams;

import com.fasterxml.jackson.core.JsonGenerator;
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
import cruddur.dynamo.table.KeySchema;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DynamoDB Streams API on the engine's endpoint ({@code DynamoDBStreams_20120810.*}), over
 * every table's streams, current and past ({@link StreamHistory}): a stream stays readable until
 * its records are past retention, also once it is disabled or replaced or its table is deleted. A
 * stream's shards follow one another, each the child of the one before; each holds a range of its
 * table's sequence numbers ({@link Shard}).
 */
public final class StreamOperations {
  public static final String PREFIX = "DynamoDBStreams_20120810";
  static final int MAX_RECORDS = 1000;
  static final int MAX_PAGE_BYTES = 1024 * 1024;
  static final int MAX_SHARDS = 100;

  private final Store store;
  private final StreamLog log;
  private final StreamHistory history;
  private final Arns arns;
  private final ShardIterators iterators;
  private final Clock clock;

  private StreamOperations(
      Store store, StreamLog log, Arns arns, ShardIterators iterators, Clock clock) {
    this.store = store;
    this.log = log;
    this.history = log.history();
    this.arns = arns;
    this.iterators = iterators;
    this.clock = clock;
  }

  /** Registers ListStreams, DescribeStream, GetShardIterator and GetRecords. */
  public static void register(
      Dispatcher dispatcher, Store store, StreamLog log, Arns arns, Clock clock) {
    StreamOperations ops = new StreamOperations(store, log, arns, new ShardIterators(clock), clock);
    dispatcher
        .register(PREFIX, "ListStreams", ops::listStreams)
        .register(PREFIX, "DescribeStream", ops::describeStream)
        .register(PREFIX, "GetShardIterator", ops::getShardIterator)
        .register(PREFIX, "GetRecords", ops::getRecords);
  }

  private ResponseBody listStreams(JsonNode request) {
    Optional<String> tableName = Json.text(request, "TableName");
    int limit = limit(request, "Limit", 100);
    Optional<String> start = Json.text(request, "ExclusiveStartStreamArn");
    long now = clock.millis();
    List<TableStream> streams =
        history.all().stream()
            .filter(s -> tableName.isEmpty() || tableName.get().equals(s.tableName()))
            .filter(s -> !s.expired(now))
            .filter(s -> start.isEmpty() || arn(s).compareTo(start.get()) > 0)
            .toList();
    List<TableStream> page = streams.subList(0, Math.min(limit, streams.size()));
    boolean more = streams.size() > limit;
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Streams");
      for (TableStream stream : page) {
        json.writeStartObject();
        json.writeStringField("StreamArn", arn(stream));
        json.writeStringField("TableName", stream.tableName());
        json.writeStringField("StreamLabel", stream.label());
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
    long now = clock.millis();
    TableStream stream = stream(required(request, "StreamArn"), now);
    int limit = limit(request, "Limit", MAX_SHARDS);
    Optional<String> start = Json.text(request, "ExclusiveStartShardId");
    start.ifPresent(StreamOperations::checkShardId);
    // Shard ids sort in the order of their shards within a stream (see Shard).
    List<Shard> shards =
        stream.liveShards(now).stream()
            .filter(s -> start.isEmpty() || s.id().compareTo(start.get()) > 0)
            .toList();
    List<Shard> page = shards.subList(0, Math.min(limit, shards.size()));
    boolean more = shards.size() > limit;
    List<Long> firsts = page.stream().map(s -> horizon(stream, s, now)).toList();
    return json -> {
      json.writeStartObject();
      json.writeObjectFieldStart("StreamDescription");
      json.writeStringField("StreamArn", arn(stream));
      json.writeStringField("StreamLabel", stream.label());
      json.writeStringField("StreamStatus", stream.enabled() ? "ENABLED" : "DISABLED");
      json.writeStringField("StreamViewType", stream.viewType());
      json.writeNumberField("CreationRequestDateTime", stream.createdMillis() / 1000.0);
      json.writeStringField("TableName", stream.tableName());
      json.writeArrayFieldStart("KeySchema");
      writeKey(json, stream.key());
      json.writeEndArray();
      json.writeArrayFieldStart("Shards");
      for (int i = 0; i < page.size(); i++) {
        Shard shard = page.get(i);
        json.writeStartObject();
        json.writeStringField("ShardId", shard.id());
        json.writeObjectFieldStart("SequenceNumberRange");
        json.writeStringField("StartingSequenceNumber", SequenceNumbers.format(firsts.get(i)));
        if (!shard.isOpen()) {
          json.writeStringField("EndingSequenceNumber", SequenceNumbers.format(shard.end()));
        }
        json.writeEndObject();
        if (shard.parentId() != null) {
          json.writeStringField("ParentShardId", shard.parentId());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      if (more) {
        json.writeStringField("LastEvaluatedShardId", page.get(page.size() - 1).id());
      }
      json.writeEndObject();
      json.writeEndObject();
    };
  }

  private ResponseBody getShardIterator(JsonNode request) {
    String arn = required(request, "StreamArn");
    String shardId = required(request, "ShardId");
    String type = required(request, "ShardIteratorType");
    long last = log.lastSequence();
    long now = clock.millis();
    TableStream stream = stream(arn, now);
    Shard shard =
        stream
            .liveShard(shardId, now)
            .orElseThrow(
                () ->
                    DynamoException.resourceNotFound(
                        "Requested resource not found: Shard does not exist"));
    long position;
    switch (type) {
      case "TRIM_HORIZON" -> position = horizon(stream, shard, now);
      case "LATEST" -> position = (shard.isOpen() ? last : shard.end()) + 1;
      case "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER" -> {
        long sequence = SequenceNumbers.parse(required(request, "SequenceNumber"));
        if (sequence < 1) {
          throw DynamoException.validation(
              "Invalid SequenceNumber: " + request.get("SequenceNumber").asText());
        }
        if (sequence < shard.start()) {
          // Before the oldest shard still kept, the record has been trimmed with its shard.
          if (stream.liveShards(now).get(0).equals(shard)) {
            throw trimmed();
          }
          throw DynamoException.validation(
              "Invalid StartingSequenceNumber. Sequence number is before the start of the shard");
        }
        if (sequence > (shard.isOpen() ? last : shard.end())) {
          throw DynamoException.validation(
              "Invalid StartingSequenceNumber. Sequence number is beyond the end of the shard");
        }
        position = type.equals("AT_SEQUENCE_NUMBER") ? sequence : sequence + 1;
        if (position < horizon(stream, shard, now)) {
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
    String iterator = iterators.issue(arn, stream.tableId(), shard.id(), position);
    return json -> {
      json.writeStartObject();
      json.writeStringField("ShardIterator", iterator);
      json.writeEndObject();
    };
  }

  private ResponseBody getRecords(JsonNode request) {
    ShardIterators.Position at = iterators.read(required(request, "ShardIterator"));
    int limit = limit(request, "Limit", MAX_RECORDS);
    // Read before the stream: if its shard is open now, every record up to here is the shard's.
    long last = log.lastSequence();
    long now = clock.millis();
    TableStream stream = stream(at.streamArn(), now);
    if (stream.tableId() != at.tableId()) {
      throw DynamoException.resourceNotFound("Requested resource not found: Stream not found");
    }
    // A shard is gone once its records are past retention.
    Shard shard = stream.liveShard(at.shardId(), now).orElseThrow(StreamOperations::trimmed);
    if (at.sequence() < horizon(stream, shard, now)) {
      throw trimmed();
    }
    List<StoredRecord> records = new ArrayList<>();
    long bytes = 0;
    boolean more = false;
    int tableId = stream.tableId();
    try (Cursor c =
        store.scan(
            StreamKeys.key(tableId, at.sequence()),
            StreamKeys.after(tableId, shard.isOpen() ? last : shard.end()),
            false)) {
      while (c.hasNext()) {
        if (records.size() >= limit || bytes >= MAX_PAGE_BYTES) {
          more = true;
          break;
        }
        Entry e = c.next();
        records.add(StoredRecord.read(e.key(), e.value()));
        bytes += e.value().length;
      }
    }
    long next = records.isEmpty() ? at.sequence() : records.get(records.size() - 1).sequence() + 1;
    // At the end of a closed shard there is nothing more to read: no next iterator.
    String nextIterator =
        shard.isOpen() || more ? iterators.issue(at.streamArn(), tableId, shard.id(), next) : null;
    String region = arns.region();
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Records");
      for (StoredRecord r : records) {
        json.writeStartObject();
        json.writeStringField("eventID", eventId(tableId, r.sequence()));
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
      if (nextIterator != null) {
        json.writeStringField("NextShardIterator", nextIterator);
      }
      json.writeEndObject();
    };
  }

  private static String eventId(int tableId, long sequence) {
    return String.format("%08x%024x", tableId, sequence);
  }

  /**
   * The oldest readable position of a shard: after every record of it that is past retention,
   * whether the trimmer has removed it yet or not. Reading from before it would miss records.
   */
  private long horizon(TableStream stream, Shard shard, long now) {
    long from = Math.max(shard.start(), stream.trimmedThrough() + 1);
    long expired =
        Retention.lastExpired(store, stream.tableId(), from, shard.end(), Retention.cutoff(now));
    return expired >= 0 ? expired + 1 : from;
  }

  private static DynamoException trimmed() {
    return new DynamoException(
        ErrorType.TRIMMED_DATA_ACCESS,
        "The operation attempted to read past the oldest stream record in a shard.");
  }

  /** The stream the ARN names; ResourceNotFound when there is none (or no longer one). */
  private TableStream stream(String arn, long now) {
    int at = arn.lastIndexOf("/stream/");
    if (!arn.startsWith("arn:aws:dynamodb:") || at < 0) {
      throw DynamoException.validation("Invalid StreamArn");
    }
    String label = arn.substring(at + "/stream/".length());
    return arns.tableName(arn.substring(0, at))
        .flatMap(name -> history.find(name, label))
        .filter(s -> !s.expired(now))
        .orElseThrow(
            () ->
                DynamoException.resourceNotFound(
                    "Requested resource not found: Stream: " + arn + " not found"));
  }

  private String arn(TableStream stream) {
    return arns.stream(stream.tableName(), stream.label());
  }

  private static void checkShardId(String shardId) {
    if (shardId.length() < 28 || shardId.length() > 65) {
      throw DynamoException.validation(
          "1 validation error detected: Value '"
              + shardId
              + "' at 'exclusiveStartShardId' failed to satisfy constraint: Member must have"
              + " length "
              + (shardId.length() < 28
                  ? "greater than or equal to 28"
                  : "less than or equal to 65"));
    }
  }

  private static void writeKey(JsonGenerator json, KeySchema key) throws IOException {
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
