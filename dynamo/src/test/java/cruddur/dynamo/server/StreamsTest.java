package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.server.StreamFixture.Engine;
import cruddur.dynamo.server.StreamFixture.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

class StreamsTest extends EngineTest {
  static DynamoDbStreamsClient streams;

  @BeforeAll
  static void streamsClient() {
    streams = StreamFixture.streamsClient(server.endpoint());
  }

  @AfterAll
  static void closeStreams() {
    streams.close();
  }

  @Test
  void describeTableAndListStreamsShowTheStream() {
    String table = StreamFixture.createTable(client, StreamViewType.NEW_AND_OLD_IMAGES);

    var description = client.describeTable(r -> r.tableName(table)).table();
    var listed = streams.listStreams(r -> r.tableName(table)).streams();

    assertThat(description.latestStreamArn())
        .endsWith("/stream/" + description.latestStreamLabel());
    assertThat(listed)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.streamArn()).isEqualTo(description.latestStreamArn());
              assertThat(s.tableName()).isEqualTo(table);
            });
    var stream =
        streams.describeStream(r -> r.streamArn(description.latestStreamArn())).streamDescription();
    assertThat(stream.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    assertThat(stream.shards())
        .singleElement()
        .satisfies(shard -> assertThat(shard.shardId()).startsWith("shardId-"));
  }

  @Test
  void putUpdateAndDeleteGiveInsertModifyAndRemoveInOrderWithTheirImages() {
    String table = StreamFixture.createTable(client, StreamViewType.NEW_AND_OLD_IMAGES);
    put(table, "a", "one");
    client.updateItem(
        r ->
            r.tableName(table)
                .key(Map.of("pk", s("a")))
                .updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", s("two"))));
    client.deleteItem(r -> r.tableName(table).key(Map.of("pk", s("a"))));

    List<Record> records = allRecords(table);

    assertThat(records)
        .extracting(Record::eventName)
        .containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
    assertThat(records.get(0).dynamodb().newImage()).containsEntry("v", s("one"));
    assertThat(records.get(0).dynamodb().hasOldImage()).isFalse();
    assertThat(records.get(1).dynamodb().oldImage()).containsEntry("v", s("one"));
    assertThat(records.get(1).dynamodb().newImage()).containsEntry("v", s("two"));
    assertThat(records.get(2).dynamodb().oldImage()).containsEntry("v", s("two"));
    assertThat(records.get(2).dynamodb().hasNewImage()).isFalse();
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.dynamodb().keys()).isEqualTo(Map.of("pk", s("a")));
              assertThat(r.eventSource()).isEqualTo("aws:dynamodb");
              assertThat(r.awsRegion()).isEqualTo("us-east-1");
              assertThat(r.dynamodb().sizeBytes()).isPositive();
              assertThat(r.dynamodb().approximateCreationDateTime()).isNotNull();
            });
    assertThat(records)
        .extracting(r -> r.dynamodb().sequenceNumber())
        .isSorted()
        .doesNotHaveDuplicates();
  }

  @Test
  void aFailedConditionAndAWriteThatChangesNothingMakeNoRecord() {
    String table = StreamFixture.createTable(client, StreamViewType.NEW_IMAGE);
    put(table, "a", "one");
    put(table, "a", "one");
    assertThatThrownBy(
            () ->
                client.putItem(
                    r ->
                        r.tableName(table)
                            .item(Map.of("pk", s("a"), "v", s("other")))
                            .conditionExpression("attribute_not_exists(pk)")))
        .isInstanceOf(ConditionalCheckFailedException.class);

    assertThat(allRecords(table)).hasSize(1);
  }

  @Test
  void anItemRemovedByTtlAppearsAsARemoveByTheService() throws InterruptedException {
    String table = StreamFixture.createTable(client, StreamViewType.NEW_AND_OLD_IMAGES);
    client.updateTimeToLive(
        r ->
            r.tableName(table)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
    long past = System.currentTimeMillis() / 1000 - 60;
    client.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of("pk", s("old"), "expires", AttributeValue.fromN(Long.toString(past)))));
    put(table, "client", "one");
    client.deleteItem(r -> r.tableName(table).key(Map.of("pk", s("client"))));

    List<Record> records = allRecords(table);
    for (int i = 0; i < 100 && records.size() < 4; i++) {
      Thread.sleep(50);
      records = allRecords(table);
    }

    Record expiry =
        records.stream()
            .filter(
                r ->
                    r.eventName() == OperationType.REMOVE
                        && r.dynamodb().keys().get("pk").s().equals("old"))
            .findFirst()
            .orElseThrow();
    assertThat(expiry.userIdentity().type()).isEqualTo("Service");
    assertThat(expiry.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(expiry.dynamodb().oldImage()).containsKey("expires");
    Record byClient =
        records.stream()
            .filter(
                r ->
                    r.eventName() == OperationType.REMOVE
                        && r.dynamodb().keys().get("pk").s().equals("client"))
            .findFirst()
            .orElseThrow();
    assertThat(byClient.userIdentity()).isNull();
  }

  @Test
  void keysOnlyRecordsCarryNoImages() {
    String table = StreamFixture.createTable(client, StreamViewType.KEYS_ONLY);
    put(table, "a", "one");

    Record record = allRecords(table).get(0);

    assertThat(record.dynamodb().hasNewImage()).isFalse();
    assertThat(record.dynamodb().hasOldImage()).isFalse();
    assertThat(record.dynamodb().keys()).containsOnlyKeys("pk");
  }

  @Test
  void latestSeesOnlyLaterWritesAndAfterSequenceNumberResumes() {
    String table = StreamFixture.createTable(client, StreamViewType.NEW_IMAGE);
    put(table, "a", "one");
    String arn = arn(table);
    String shard = shard(arn);
    String latest =
        streams
            .getShardIterator(
                r -> r.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.LATEST))
            .shardIterator();
    put(table, "b", "two");
    put(table, "c", "three");

    var fromLatest = streams.getRecords(r -> r.shardIterator(latest));
    String firstSeq = fromLatest.records().get(0).dynamodb().sequenceNumber();
    String after =
        streams
            .getShardIterator(
                r ->
                    r.streamArn(arn)
                        .shardId(shard)
                        .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                        .sequenceNumber(firstSeq))
            .shardIterator();

    assertThat(fromLatest.records())
        .extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("b", "c");
    assertThat(streams.getRecords(r -> r.shardIterator(after)).records())
        .extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("c");
    var next = streams.getRecords(r -> r.shardIterator(fromLatest.nextShardIterator()));
    assertThat(next.records()).isEmpty();
    assertThat(next.nextShardIterator()).isNotBlank();
  }

  @Test
  void limitPagesThroughTheShard() {
    String table = StreamFixture.createTable(client, StreamViewType.NEW_IMAGE);
    for (int i = 0; i < 5; i++) {
      put(table, "k" + i, "v");
    }
    String arn = arn(table);
    String iterator =
        streams
            .getShardIterator(
                r ->
                    r.streamArn(arn)
                        .shardId(shard(arn))
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
            .shardIterator();

    var first = streams.getRecords(r -> r.shardIterator(iterator).limit(2));
    var second = streams.getRecords(r -> r.shardIterator(first.nextShardIterator()).limit(2));
    var third = streams.getRecords(r -> r.shardIterator(second.nextShardIterator()).limit(2));

    assertThat(first.records()).hasSize(2);
    assertThat(second.records()).hasSize(2);
    assertThat(third.records()).hasSize(1);
  }

  @Test
  void aTableWithoutAStreamHasNoneAndABadIteratorIsRefused() {
    String table = StreamFixture.createTable(client, null);

    assertThat(streams.listStreams(r -> r.tableName(table)).streams()).isEmpty();
    assertThatThrownBy(
            () ->
                streams.describeStream(
                    r ->
                        r.streamArn(
                            "arn:aws:dynamodb:us-east-1:000000000000:table/"
                                + table
                                + "/stream/2026-01-01T00:00:00.000")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> streams.getRecords(r -> r.shardIterator("not-an-iterator")))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageContaining("Invalid ShardIterator");
  }

  @Test
  void recordsSurviveARestartAndNewOnesFollowThem() throws Exception {
    Path dir = Files.createTempDirectory("streams");
    String table;
    String lastBefore;
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), java.time.Clock.systemUTC())) {
      table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"))));
      lastBefore = records(engine.streams, table, engine.client).get(0).dynamodb().sequenceNumber();
    }
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), java.time.Clock.systemUTC())) {
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("b"))));
      List<Record> records = records(engine.streams, table, engine.client);

      assertThat(records)
          .extracting(r -> r.dynamodb().keys().get("pk").s())
          .containsExactly("a", "b");
      assertThat(records.get(0).dynamodb().sequenceNumber()).isEqualTo(lastBefore);
      assertThat(records.get(1).dynamodb().sequenceNumber()).isGreaterThan(lastBefore);
    }
  }

  @Test
  void recordsOlderThanADayAreTrimmed() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("old"))));
      String oldSequence =
          records(engine.streams, table, engine.client).get(0).dynamodb().sequenceNumber();

      clock.advance(java.time.Duration.ofHours(25));
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("new"))));

      assertThat(records(engine.streams, table, engine.client))
          .extracting(r -> r.dynamodb().keys().get("pk").s())
          .containsExactly("new");
      String arn = engine.client.describeTable(r -> r.tableName(table)).table().latestStreamArn();
      var shard =
          engine.streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0);
      assertThat(shard.sequenceNumberRange().startingSequenceNumber()).isGreaterThan(oldSequence);
      assertThatThrownBy(
              () ->
                  engine.streams.getShardIterator(
                      r ->
                          r.streamArn(arn)
                              .shardId(shard.shardId())
                              .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                              .sequenceNumber(oldSequence)))
          .isInstanceOf(
              software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException.class);
    }
  }

  @Test
  void recordsPastRetentionAreRemovedFromDisk() throws Exception {
    Path dir = Files.createTempDirectory("trim");
    MovableClock clock = new MovableClock();
    String table;
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), clock)) {
      table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("a"))));
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("b"))));
      clock.advance(java.time.Duration.ofHours(25));
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("c"))));
      // The background sweep runs every second.
      Thread.sleep(2500);
    }
    try (cruddur.dynamo.storage.Store store = cruddur.dynamo.storage.Store.open(dir, false)) {
      int id =
          new cruddur.dynamo.table.Catalog(store, new com.fasterxml.jackson.core.JsonFactory())
              .require(table)
              .definition()
              .id();
      int records = 0;
      byte[] from = new cruddur.dynamo.storage.KeyBuilder().u32(id).u8(0xFF).build();
      byte[] to = new cruddur.dynamo.storage.KeyBuilder().u32(id + 1).build();
      try (var cursor = store.scan(from, to, false)) {
        while (cursor.hasNext()) {
          cursor.next();
          records++;
        }
      }
      assertThat(records).isEqualTo(1);
    }
  }

  @Test
  void aStreamEnabledAgainDoesNotReadTheEarlierStreamsRecords() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("first stream"))));
      engine.client.updateTable(
          r -> r.tableName(table).streamSpecification(x -> x.streamEnabled(false)));
      clock.advance(java.time.Duration.ofSeconds(1));
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("no stream"))));
      engine.client.updateTable(
          r ->
              r.tableName(table)
                  .streamSpecification(
                      x -> x.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
      clock.advance(java.time.Duration.ofSeconds(1));
      engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", s("second stream"))));

      assertThat(records(engine.streams, table, engine.client))
          .extracting(r -> r.dynamodb().keys().get("pk").s())
          .containsExactly("second stream");
    }
  }

  @Test
  void anIteratorExpiresAfterFifteenMinutes() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      String iterator = trimHorizon(engine.streams, table, engine.client);

      clock.advance(java.time.Duration.ofMinutes(16));

      assertThatThrownBy(() -> engine.streams.getRecords(r -> r.shardIterator(iterator)))
          .isInstanceOf(
              software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException.class);
    }
  }

  private void put(String table, String key, String value) {
    client.putItem(r -> r.tableName(table).item(Map.of("pk", s(key), "v", s(value))));
  }

  private List<Record> allRecords(String table) {
    return records(streams, table, client);
  }

  private static List<Record> records(
      DynamoDbStreamsClient streams, String table, DynamoDbClient client) {
    String iterator = trimHorizon(streams, table, client);
    return streams.getRecords(r -> r.shardIterator(iterator)).records();
  }

  /** An iterator at the oldest readable record of the table's stream. */
  private static String trimHorizon(
      DynamoDbStreamsClient streams, String table, DynamoDbClient client) {
    String arn = client.describeTable(r -> r.tableName(table)).table().latestStreamArn();
    String shard =
        streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards().get(0).shardId();
    return streams
        .getShardIterator(
            r -> r.streamArn(arn).shardId(shard).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
        .shardIterator();
  }

  private String arn(String table) {
    return client.describeTable(r -> r.tableName(table)).table().latestStreamArn();
  }

  private String shard(String arn) {
    return streams
        .describeStream(r -> r.streamArn(arn))
        .streamDescription()
        .shards()
        .get(0)
        .shardId();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
