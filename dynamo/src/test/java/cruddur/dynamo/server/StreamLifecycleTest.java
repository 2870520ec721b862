package cruddur.dynamo.server;

import static cruddur.dynamo.server.StreamFixture.keys;
import static cruddur.dynamo.server.StreamFixture.readShard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.server.StreamFixture.Engine;
import cruddur.dynamo.server.StreamFixture.MovableClock;
import cruddur.dynamo.server.StreamFixture.ShardRead;
import cruddur.dynamo.storage.KeyBuilder;
import cruddur.dynamo.storage.Store;
import cruddur.dynamo.table.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * A stream's life beyond one open shard: disabled and replaced streams, deleted tables' streams,
 * shards rolling over, and all of it across a restart.
 */
class StreamLifecycleTest {
  private static final Duration PAST_ROLLOVER = Duration.ofHours(4).plusMinutes(1);
  private static final Duration PAST_RETENTION = Duration.ofHours(25);

  @Test
  void aDisabledStreamStaysReadableWithItsShardClosed() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      put(engine, table, "a");
      put(engine, table, "b");
      String arn = latestArn(engine, table);

      disable(engine, table);

      StreamDescription stream = describe(engine, arn);
      assertThat(stream.streamStatus()).isEqualTo(StreamStatus.DISABLED);
      Shard shard = stream.shards().get(0);
      assertThat(stream.shards()).hasSize(1);
      assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNotNull();
      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams())
          .extracting(s -> s.streamArn())
          .containsExactly(arn);
      ShardRead read = readShard(engine.streams, arn, shard.shardId(), 1000);
      assertThat(keys(read.records())).containsExactly("a", "b");
      assertThat(read.ended()).isTrue();
      assertThat(shard.sequenceNumberRange().endingSequenceNumber())
          .isGreaterThanOrEqualTo(read.records().get(1).dynamodb().sequenceNumber());
    }
  }

  @Test
  void theEndOfAClosedShardHasNoNextIteratorAndLatestPointsThere() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.KEYS_ONLY);
      put(engine, table, "a");
      put(engine, table, "b");
      String arn = latestArn(engine, table);
      String shard = describe(engine, arn).shards().get(0).shardId();
      String before = iterator(engine, arn, shard, ShardIteratorType.TRIM_HORIZON);
      disable(engine, table);

      var first = engine.streams.getRecords(r -> r.shardIterator(before).limit(1));
      var second =
          engine.streams.getRecords(r -> r.shardIterator(first.nextShardIterator()).limit(1));
      String latest = iterator(engine, arn, shard, ShardIteratorType.LATEST);
      var atLatest = engine.streams.getRecords(r -> r.shardIterator(latest));

      assertThat(keys(first.records())).containsExactly("a");
      assertThat(first.nextShardIterator()).isNotNull();
      assertThat(keys(second.records())).containsExactly("b");
      assertThat(second.nextShardIterator()).isNull();
      assertThat(atLatest.records()).isEmpty();
      assertThat(atLatest.nextShardIterator()).isNull();
    }
  }

  @Test
  void aStreamEnabledAgainLeavesTheOldOneReadableAndStartsEmpty() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      put(engine, table, "old");
      String oldArn = latestArn(engine, table);
      String oldShard = describe(engine, oldArn).shards().get(0).shardId();
      disable(engine, table);
      // In the same millisecond: the new stream still gets a label (and ARN) of its own.
      enable(engine, table);
      put(engine, table, "new");
      String newArn = latestArn(engine, table);
      String newShard = describe(engine, newArn).shards().get(0).shardId();

      assertThat(newArn).isNotEqualTo(oldArn);
      assertThat(newShard).isNotEqualTo(oldShard);
      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams())
          .extracting(s -> s.streamArn())
          .containsExactly(oldArn, newArn);
      assertThat(describe(engine, oldArn).streamStatus()).isEqualTo(StreamStatus.DISABLED);
      assertThat(describe(engine, newArn).streamStatus()).isEqualTo(StreamStatus.ENABLED);
      assertThat(keys(readShard(engine.streams, oldArn, oldShard, 100).records()))
          .containsExactly("old");
      ShardRead current = readShard(engine.streams, newArn, newShard, 100);
      assertThat(keys(current.records())).containsExactly("new");
      assertThat(current.ended()).isFalse();
      assertThatThrownBy(() -> iterator(engine, newArn, oldShard, ShardIteratorType.TRIM_HORIZON))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void aDisabledStreamIsForgottenOnceItsRecordsArePastRetention() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      put(engine, table, "a");
      String arn = latestArn(engine, table);
      disable(engine, table);

      clock.advance(Duration.ofHours(23));
      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams()).hasSize(1);
      clock.advance(Duration.ofHours(2));
      engine.server.sweepNow();

      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams()).isEmpty();
      assertThatThrownBy(() -> describe(engine, arn)).isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void aDeletedTablesStreamStaysReadableUntilItsRecordsArePastRetention() throws Exception {
    Path dir = Files.createTempDirectory("deleted-stream");
    MovableClock clock = new MovableClock();
    String table;
    String oldArn;
    String newArn;
    int oldTableId;
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), clock)) {
      table = StreamFixture.createTable(engine.client, StreamViewType.NEW_AND_OLD_IMAGES);
      put(engine, table, "a");
      oldArn = latestArn(engine, table);

      engine.client.deleteTable(r -> r.tableName(table));

      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams())
          .extracting(s -> s.streamArn())
          .containsExactly(oldArn);
      StreamDescription stream = describe(engine, oldArn);
      assertThat(stream.streamStatus()).isEqualTo(StreamStatus.DISABLED);
      assertThat(stream.tableName()).isEqualTo(table);
      assertThat(stream.keySchema()).hasSize(1);
      Shard shard = stream.shards().get(0);
      assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNotNull();
      ShardRead read = readShard(engine.streams, oldArn, shard.shardId(), 100);
      assertThat(keys(read.records())).containsExactly("a");
      assertThat(read.ended()).isTrue();
      oldTableId = Integer.parseInt(read.records().get(0).eventID().substring(0, 8), 16);

      StreamFixture.createTable(engine.client, table, StreamViewType.NEW_IMAGE);
      put(engine, table, "b");
      newArn = latestArn(engine, table);
      clock.advance(PAST_RETENTION);
      put(engine, table, "c");
      engine.server.sweepNow();

      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams())
          .extracting(s -> s.streamArn())
          .containsExactly(newArn);
      assertThatThrownBy(() -> describe(engine, oldArn))
          .isInstanceOf(ResourceNotFoundException.class);
    }
    try (Store store = Store.open(dir, false)) {
      byte[] from = new KeyBuilder().u32(oldTableId).build();
      byte[] to = new KeyBuilder().u32(oldTableId + 1).build();
      try (var cursor = store.scan(from, to, false)) {
        assertThat(cursor.hasNext()).as("the deleted table's stream records").isFalse();
      }
    }
    // On a clock back at the time of the old records, the old stream would show again if its
    // history had not been removed from disk too.
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), new MovableClock())) {
      assertThat(engine.streams.listStreams(r -> r.tableName(table)).streams())
          .extracting(s -> s.streamArn())
          .containsExactly(newArn);
    }
  }

  @Test
  void aTableCreatedAgainUnderTheSameNameDoesNotSeeTheOldTablesRecords() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      put(engine, table, "before");
      String oldArn = latestArn(engine, table);
      engine.client.deleteTable(r -> r.tableName(table));
      // In the same millisecond, so the label asked for is the old one.
      StreamFixture.createTable(engine.client, table, StreamViewType.NEW_IMAGE);
      String newArn = latestArn(engine, table);
      Shard newShard = describe(engine, newArn).shards().get(0);

      assertThat(newArn).isNotEqualTo(oldArn);
      assertThat(readShard(engine.streams, newArn, newShard.shardId(), 100).records()).isEmpty();
      put(engine, table, "after");

      List<Record> records = readShard(engine.streams, newArn, newShard.shardId(), 100).records();
      List<Record> old =
          readShard(engine.streams, oldArn, describe(engine, oldArn).shards().get(0).shardId(), 100)
              .records();
      assertThat(keys(records)).containsExactly("after");
      assertThat(keys(old)).containsExactly("before");
      assertThat(records.get(0).eventID()).isNotEqualTo(old.get(0).eventID());
      assertThat(records.get(0).eventID().substring(0, 8))
          .isNotEqualTo(old.get(0).eventID().substring(0, 8));
    }
  }

  @Test
  void shardsRollOverAndParentThenChildGiveEveryRecordOnceInOrder() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      String arn = latestArn(engine, table);
      put(engine, table, "k0");
      put(engine, table, "k1");
      clock.advance(PAST_ROLLOVER);
      put(engine, table, "k2");
      put(engine, table, "k3");
      clock.advance(PAST_ROLLOVER);
      put(engine, table, "k4");

      List<Shard> shards = describe(engine, arn).shards();

      assertThat(shards).hasSize(3);
      assertThat(shards.get(0).parentShardId()).isNull();
      assertThat(shards.get(1).parentShardId()).isEqualTo(shards.get(0).shardId());
      assertThat(shards.get(2).parentShardId()).isEqualTo(shards.get(1).shardId());
      assertThat(shards.get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
      assertThat(shards.get(1).sequenceNumberRange().endingSequenceNumber()).isNotNull();
      assertThat(shards.get(2).sequenceNumberRange().endingSequenceNumber()).isNull();
      assertThat(shards).extracting(Shard::shardId).doesNotHaveDuplicates();
      List<Record> all = new ArrayList<>();
      List<List<String>> perShard = new ArrayList<>();
      for (Shard shard : shards) {
        ShardRead read = readShard(engine.streams, arn, shard.shardId(), 1);
        assertThat(read.ended()).isEqualTo(shard != shards.get(2));
        perShard.add(keys(read.records()));
        all.addAll(read.records());
      }
      assertThat(perShard).containsExactly(List.of("k0", "k1"), List.of("k2", "k3"), List.of("k4"));
      assertThat(all).extracting(r -> r.dynamodb().sequenceNumber()).isSorted();
      assertThat(all).extracting(Record::eventID).doesNotHaveDuplicates();
      String inChild = all.get(2).dynamodb().sequenceNumber();
      String inParent = all.get(0).dynamodb().sequenceNumber();
      assertThatThrownBy(() -> atSequence(engine, arn, shards.get(0).shardId(), inChild))
          .isInstanceOf(DynamoDbException.class)
          .hasMessageContaining("beyond the end of the shard");
      assertThatThrownBy(() -> atSequence(engine, arn, shards.get(1).shardId(), inParent))
          .isInstanceOf(DynamoDbException.class)
          .hasMessageContaining("before the start of the shard");
      String resumed = atSequence(engine, arn, shards.get(1).shardId(), inChild);
      assertThat(keys(engine.streams.getRecords(r -> r.shardIterator(resumed)).records()))
          .containsExactly("k2", "k3");
    }
  }

  @Test
  void aClosedShardGoesOnceItsRecordsArePastRetentionAndItsChildStays() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      String arn = latestArn(engine, table);
      put(engine, table, "old");
      clock.advance(PAST_ROLLOVER);
      put(engine, table, "young");
      String parent = describe(engine, arn).shards().get(0).shardId();

      clock.advance(Duration.ofHours(21));
      engine.server.sweepNow();

      List<Shard> shards = describe(engine, arn).shards();
      assertThat(shards)
          .singleElement()
          .satisfies(s -> assertThat(s.parentShardId()).isEqualTo(parent));
      assertThat(keys(readShard(engine.streams, arn, shards.get(0).shardId(), 100).records()))
          .containsExactly("young");
      assertThatThrownBy(() -> iterator(engine, arn, parent, ShardIteratorType.TRIM_HORIZON))
          .isInstanceOf(ResourceNotFoundException.class);
    }
  }

  @Test
  void describeStreamPagesThroughTheShards() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.KEYS_ONLY);
      String arn = latestArn(engine, table);
      for (int i = 0; i < 3; i++) {
        put(engine, table, "k" + i);
        clock.advance(PAST_ROLLOVER);
      }
      put(engine, table, "k3");
      List<String> all = describe(engine, arn).shards().stream().map(Shard::shardId).toList();

      List<String> paged = new ArrayList<>();
      String start = null;
      int pages = 0;
      do {
        String from = start;
        StreamDescription page =
            engine
                .streams
                .describeStream(r -> r.streamArn(arn).limit(1).exclusiveStartShardId(from))
                .streamDescription();
        assertThat(page.shards()).hasSize(1);
        paged.add(page.shards().get(0).shardId());
        start = page.lastEvaluatedShardId();
        pages++;
      } while (start != null);

      assertThat(all).hasSize(4);
      assertThat(paged).isEqualTo(all);
      assertThat(pages).isEqualTo(4);
      assertThat(describe(engine, arn).lastEvaluatedShardId()).isNull();
      assertThatThrownBy(() -> engine.streams.describeStream(r -> r.streamArn(arn).limit(101)))
          .isInstanceOf(DynamoDbException.class)
          .hasMessageContaining("less than or equal to 100");
      assertThatThrownBy(() -> engine.streams.describeStream(r -> r.streamArn(arn).limit(0)))
          .isInstanceOf(DynamoDbException.class)
          .hasMessageContaining("greater than or equal to 1");
    }
  }

  @Test
  void aReaderOfAQuietTableIsNotTrimmedWhenOtherTablesWrite() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String quiet = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      String busy = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      String arn = latestArn(engine, quiet);
      String shard = describe(engine, arn).shards().get(0).shardId();
      String latest = iterator(engine, arn, shard, ShardIteratorType.LATEST);
      put(engine, busy, "elsewhere");

      var page = engine.streams.getRecords(r -> r.shardIterator(latest));
      String trimHorizon = iterator(engine, arn, shard, ShardIteratorType.TRIM_HORIZON);

      assertThat(page.records()).isEmpty();
      assertThat(page.nextShardIterator()).isNotNull();
      put(engine, quiet, "here");
      assertThat(keys(engine.streams.getRecords(r -> r.shardIterator(trimHorizon)).records()))
          .containsExactly("here");
    }
  }

  @Test
  void streamsAndShardsSurviveARestart() throws Exception {
    Path dir = Files.createTempDirectory("stream-history");
    MovableClock clock = new MovableClock();
    String table;
    String deleted;
    List<String> arns;
    List<StreamDescription> before = new ArrayList<>();
    List<List<Record>> recordsBefore = new ArrayList<>();
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), clock)) {
      table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      deleted = StreamFixture.createTable(engine.client, StreamViewType.KEYS_ONLY);
      put(engine, deleted, "gone");
      engine.client.deleteTable(r -> r.tableName(deleted));
      put(engine, table, "a");
      clock.advance(PAST_ROLLOVER);
      put(engine, table, "b");
      disable(engine, table);
      enable(engine, table);
      put(engine, table, "c");
      arns = allArns(engine);
      for (String arn : arns) {
        StreamDescription stream = describe(engine, arn);
        before.add(stream);
        recordsBefore.add(allRecords(engine, stream));
      }
    }
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), clock)) {
      assertThat(allArns(engine)).isEqualTo(arns);
      for (int i = 0; i < arns.size(); i++) {
        StreamDescription stream = describe(engine, arns.get(i));
        assertThat(stream).isEqualTo(before.get(i));
        assertThat(allRecords(engine, stream)).isEqualTo(recordsBefore.get(i));
      }
      String current = latestArn(engine, table);
      assertThat(keys(allRecords(engine, describe(engine, current)))).containsExactly("c");

      put(engine, table, "d");
      clock.advance(PAST_ROLLOVER);
      put(engine, table, "e");

      List<Shard> shards = describe(engine, current).shards();
      List<Record> records = allRecords(engine, describe(engine, current));
      assertThat(keys(records)).containsExactly("c", "d", "e");
      assertThat(records).extracting(r -> r.dynamodb().sequenceNumber()).isSorted();
      assertThat(shards).hasSize(2);
      assertThat(shards.get(1).parentShardId()).isEqualTo(shards.get(0).shardId());
      List<String> everyShard = new ArrayList<>();
      for (String arn : allArns(engine)) {
        describe(engine, arn).shards().forEach(s -> everyShard.add(s.shardId()));
      }
      assertThat(everyShard).doesNotHaveDuplicates();
      assertThat(engine.streams.listStreams(r -> r.tableName(deleted)).streams().get(0).streamArn())
          .satisfies(
              arn ->
                  assertThat(keys(allRecords(engine, describe(engine, arn))))
                      .containsExactly("gone"));
    }
  }

  @Test
  void readingFromBeforeTheRecordsTheTrimmerRemovedIsRefused() {
    MovableClock clock = new MovableClock();
    try (Engine engine = new Engine(DynamoConfig.inMemory(), clock)) {
      String table = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      String arn = latestArn(engine, table);
      put(engine, table, "old");
      String shard = describe(engine, arn).shards().get(0).shardId();
      String oldSequence =
          readShard(engine.streams, arn, shard, 100).records().get(0).dynamodb().sequenceNumber();
      clock.advance(Duration.ofHours(3));
      put(engine, table, "kept");
      clock.advance(Duration.ofHours(22));
      engine.server.sweepNow();

      assertThat(keys(readShard(engine.streams, arn, shard, 100).records()))
          .containsExactly("kept");
      assertThatThrownBy(() -> atSequence(engine, arn, shard, oldSequence))
          .isInstanceOf(TrimmedDataAccessException.class);
    }
  }

  @Test
  void streamsAnEarlierVersionKeptWithoutAHistoryAreTakenOn() throws Exception {
    Path dir = Files.createTempDirectory("stream-adopt");
    MovableClock clock = new MovableClock();
    String enabled;
    String disabled;
    String enabledArn;
    String disabledArn;
    String lastSequence;
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), clock)) {
      enabled = StreamFixture.createTable(engine.client, StreamViewType.NEW_IMAGE);
      disabled = StreamFixture.createTable(engine.client, StreamViewType.NEW_AND_OLD_IMAGES);
      put(engine, enabled, "a");
      put(engine, disabled, "x");
      disable(engine, disabled);
      enabledArn = latestArn(engine, enabled);
      disabledArn = latestArn(engine, disabled);
      lastSequence =
          allRecords(engine, describe(engine, disabledArn)).get(0).dynamodb().sequenceNumber();
    }
    // What the engine left before it kept a history: definitions and records only.
    try (Store store = Store.open(dir, false)) {
      store.deleteRange(
          Catalog.metaKey(Catalog.STREAM_HISTORY, new byte[0]),
          Catalog.metaKey((byte) (Catalog.STREAM_SEQUENCE + 1), new byte[0]));
    }
    try (Engine engine = new Engine(DynamoConfig.onDisk(dir), clock)) {
      put(engine, enabled, "b");

      List<Record> records = allRecords(engine, describe(engine, enabledArn));
      assertThat(keys(records)).containsExactly("a", "b");
      assertThat(records.get(1).dynamodb().sequenceNumber()).isGreaterThan(lastSequence);
      StreamDescription old = describe(engine, disabledArn);
      assertThat(old.streamStatus()).isEqualTo(StreamStatus.DISABLED);
      assertThat(old.streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
      ShardRead read = readShard(engine.streams, disabledArn, old.shards().get(0).shardId(), 100);
      assertThat(keys(read.records())).containsExactly("x");
      assertThat(read.ended()).isTrue();
      assertThat(allArns(engine)).contains(enabledArn, disabledArn);
    }
  }

  private static List<String> allArns(Engine engine) {
    return engine.streams.listStreams(r -> r.limit(100)).streams().stream()
        .map(s -> s.streamArn())
        .toList();
  }

  /** Every record of a stream, shard after shard. */
  private static List<Record> allRecords(Engine engine, StreamDescription stream) {
    List<Record> records = new ArrayList<>();
    for (Shard shard : stream.shards()) {
      records.addAll(readShard(engine.streams, stream.streamArn(), shard.shardId(), 100).records());
    }
    return records;
  }

  private static StreamDescription describe(Engine engine, String arn) {
    return engine.streams.describeStream(r -> r.streamArn(arn)).streamDescription();
  }

  private static String latestArn(Engine engine, String table) {
    return engine.client.describeTable(r -> r.tableName(table)).table().latestStreamArn();
  }

  private static String iterator(Engine engine, String arn, String shard, ShardIteratorType type) {
    return engine
        .streams
        .getShardIterator(r -> r.streamArn(arn).shardId(shard).shardIteratorType(type))
        .shardIterator();
  }

  private static String atSequence(Engine engine, String arn, String shard, String sequence) {
    return engine
        .streams
        .getShardIterator(
            r ->
                r.streamArn(arn)
                    .shardId(shard)
                    .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                    .sequenceNumber(sequence))
        .shardIterator();
  }

  private static void put(Engine engine, String table, String key) {
    engine.client.putItem(r -> r.tableName(table).item(Map.of("pk", AttributeValue.fromS(key))));
  }

  private static void disable(Engine engine, String table) {
    engine.client.updateTable(
        r -> r.tableName(table).streamSpecification(s -> s.streamEnabled(false)));
  }

  private static void enable(Engine engine, String table) {
    engine.client.updateTable(
        r ->
            r.tableName(table)
                .streamSpecification(
                    s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
  }
}
