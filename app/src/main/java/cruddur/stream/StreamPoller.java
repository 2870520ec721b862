package cruddur.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The stream processor's local host: follows every shard of every stream of a table through the
 * DynamoDB Streams API (of whatever endpoint it is given), and hands the records to the same
 * handler Lambda calls, in batches shaped as Lambda delivers them. It behaves as Lambda's event
 * source mapping does:
 *
 * <ul>
 *   <li>a child shard is read only after its parent has been read to its end;
 *   <li>after a batch, the position in the shard is saved ({@link ShardPositions}), so that a
 *       restart resumes after the last batch handled (one interrupted batch may be handed over
 *       again; the handler is idempotent);
 *   <li>when the handler reports {@code batchItemFailures}, reading resumes at the first failed
 *       record; a record that fails {@link Options#maxAttempts} times in a row is logged and
 *       skipped (Lambda's {@code MaximumRetryAttempts}), so one poison record cannot stop the
 *       stream.
 * </ul>
 */
public final class StreamPoller implements AutoCloseable {
  /** Where a host keeps the positions in its data directory, unless told otherwise. */
  public static final String POSITIONS_FILE = "stream-positions.json";

  private static final Logger LOG = LoggerFactory.getLogger(StreamPoller.class);

  /**
   * @param batchSize records per batch at most (Lambda's default is 100)
   * @param idlePause how long to wait when no shard had new records
   * @param discoveryInterval how often to look for new shards and streams
   * @param maxAttempts how many times a failing record is handed over before it is skipped
   */
  public record Options(
      int batchSize, Duration idlePause, Duration discoveryInterval, int maxAttempts) {
    public static final Options DEFAULTS =
        new Options(100, Duration.ofMillis(10), Duration.ofSeconds(1), 5);
  }

  private final DynamoDbStreamsClient streams;
  private final String tableName;
  private final Function<DynamodbEvent, StreamsEventResponse> handler;
  private final ShardPositions positions;
  private final Options options;
  private final Map<String, ShardReader> shards = new LinkedHashMap<>();
  private long nextDiscovery;
  private volatile boolean running;
  private Thread thread;

  public StreamPoller(
      DynamoDbStreamsClient streams,
      String tableName,
      Function<DynamodbEvent, StreamsEventResponse> handler,
      java.nio.file.Path positionsFile,
      Options options) {
    this.streams = streams;
    this.tableName = tableName;
    this.handler = handler;
    this.positions = ShardPositions.open(positionsFile);
    this.options = options;
  }

  /** Polls on a background thread until {@link #close()}. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    running = true;
    thread = new Thread(this::run, "stream-poller-" + tableName);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    long failingSince = 0;
    while (running) {
      try {
        if (pollOnce() == 0) {
          Thread.sleep(options.idlePause().toMillis());
        }
        failingSince = 0;
      } catch (InterruptedException e) {
        return;
      } catch (SdkException | IllegalStateException e) {
        // The endpoint is down or the table is gone: say so once, then keep trying quietly.
        if (failingSince == 0) {
          LOG.warn("stream of {} not readable, retrying: {}", tableName, e.toString());
          failingSince = System.nanoTime();
        }
        sleep(Duration.ofSeconds(1));
      }
    }
  }

  /**
   * One round: looks for new shards when due, then reads one batch from each shard that is ready.
   *
   * @return how many records were handed to the handler
   */
  synchronized int pollOnce() {
    if (System.nanoTime() - nextDiscovery >= 0) {
      discover();
      nextDiscovery = System.nanoTime() + options.discoveryInterval().toNanos();
    }
    int handled = 0;
    for (ShardReader shard : List.copyOf(shards.values())) {
      if (shard.ready() && shard.parent.map(p -> !shards.containsKey(p)).orElse(true)) {
        handled += read(shard);
      }
    }
    return handled;
  }

  /** Polls until a round finds nothing new: everything written so far has been handled. */
  synchronized void drain() {
    nextDiscovery = System.nanoTime();
    while (true) {
      // Readiness is taken before the round: a shard whose back-off ends during a round that
      // skipped it must still get a round of its own.
      boolean backingOff = shards.values().stream().anyMatch(s -> !s.ready());
      if (pollOnce() == 0 && !backingOff) {
        return;
      }
      nextDiscovery = System.nanoTime();
      sleep(Duration.ofMillis(5));
    }
  }

  private void discover() {
    Set<String> live = new HashSet<>();
    String startArn = null;
    do {
      String from = startArn;
      var page = streams.listStreams(l -> l.tableName(tableName).exclusiveStartStreamArn(from));
      for (var stream : page.streams()) {
        describe(stream.streamArn(), live);
      }
      startArn = page.lastEvaluatedStreamArn();
    } while (startArn != null);
    shards.keySet().retainAll(live);
    positions.keepOnly(live);
  }

  private void describe(String streamArn, Set<String> live) {
    String startShard = null;
    do {
      String from = startShard;
      StreamDescription description;
      try {
        description =
            streams
                .describeStream(d -> d.streamArn(streamArn).exclusiveStartShardId(from))
                .streamDescription();
      } catch (ResourceNotFoundException e) {
        return; // expired between the listing and now
      }
      for (Shard shard : description.shards()) {
        String key = key(streamArn, shard.shardId());
        live.add(key);
        if (!positions.get(key).ended() && !shards.containsKey(key)) {
          Optional<String> parent =
              Optional.ofNullable(shard.parentShardId()).map(p -> key(streamArn, p));
          shards.put(key, new ShardReader(streamArn, shard.shardId(), parent));
        }
      }
      startShard = description.lastEvaluatedShardId();
    } while (startShard != null);
  }

  private int read(ShardReader shard) {
    GetRecordsResponse response;
    try {
      if (shard.iterator == null) {
        shard.iterator = iterator(shard);
      }
      String iterator = shard.iterator;
      response = streams.getRecords(g -> g.shardIterator(iterator).limit(options.batchSize()));
    } catch (ExpiredIteratorException e) {
      shard.iterator = null; // a new one from the saved position on the next round
      return 0;
    } catch (TrimmedDataAccessException e) {
      LOG.warn(
          "records of {} expired before they were handled (older than the stream's retention);"
              + " continuing from the oldest record left",
          shard.key());
      shard.iterator = trimHorizon(shard);
      shard.resumeAt = null;
      return 0;
    } catch (ResourceNotFoundException e) {
      shards.remove(shard.key()); // the stream expired
      return 0;
    }
    List<Record> records = response.records();
    if (records.isEmpty()) {
      shard.iterator = response.nextShardIterator();
      if (shard.iterator == null) {
        finish(shard);
      }
      return 0;
    }
    deliver(shard, records, response.nextShardIterator());
    return records.size();
  }

  private void deliver(ShardReader shard, List<Record> records, String next) {
    List<DynamodbEvent.DynamodbStreamRecord> batch = new ArrayList<>(records.size());
    for (Record r : records) {
      batch.add(LambdaRecords.toLambda(r, shard.streamArn));
    }
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(batch);
    int failed = firstFailed(records, handle(event));
    if (failed < 0) {
      positions.handledUpTo(shard.key(), sequence(records.get(records.size() - 1)));
      positions.save();
      shard.succeeded();
      shard.iterator = next;
      if (next == null) {
        finish(shard);
      }
      return;
    }
    if (failed > 0) {
      positions.handledUpTo(shard.key(), sequence(records.get(failed - 1)));
    }
    String failing = sequence(records.get(failed));
    if (shard.failed(failing) >= options.maxAttempts()) {
      LOG.error(
          "skipping stream record {} of {} after {} failed attempts: {}",
          failing,
          shard.key(),
          options.maxAttempts(),
          batch.get(failed));
      positions.handledUpTo(shard.key(), failing);
      shard.succeeded();
    } else {
      shard.resumeAt = failing;
    }
    positions.save();
    shard.iterator = null;
  }

  private StreamsEventResponse handle(DynamodbEvent event) {
    try {
      return handler.apply(event);
    } catch (RuntimeException e) {
      // As Lambda does when a function fails: the whole batch is retried.
      LOG.warn("stream batch failed: {}", e.toString());
      return new StreamsEventResponse(List.of(new StreamsEventResponse.BatchItemFailure(null)));
    }
  }

  /** The index of the first record reported failed, or -1; a failure without an id fails all. */
  private static int firstFailed(List<Record> records, StreamsEventResponse response) {
    if (response == null || response.getBatchItemFailures() == null) {
      return -1;
    }
    Set<String> failed = new HashSet<>();
    for (var failure : response.getBatchItemFailures()) {
      if (failure.getItemIdentifier() == null || failure.getItemIdentifier().isBlank()) {
        return 0;
      }
      failed.add(failure.getItemIdentifier());
    }
    for (int i = 0; i < records.size(); i++) {
      if (failed.contains(sequence(records.get(i)))) {
        return i;
      }
    }
    return failed.isEmpty() ? -1 : 0; // an id not in the batch: retry it all, as Lambda does
  }

  private String iterator(ShardReader shard) {
    if (shard.resumeAt != null) {
      return shardIterator(shard, ShardIteratorType.AT_SEQUENCE_NUMBER, shard.resumeAt);
    }
    Optional<String> after = positions.get(shard.key()).after();
    if (after.isPresent()) {
      return shardIterator(shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER, after.get());
    }
    return trimHorizon(shard);
  }

  private String trimHorizon(ShardReader shard) {
    return shardIterator(shard, ShardIteratorType.TRIM_HORIZON, null);
  }

  private String shardIterator(ShardReader shard, ShardIteratorType type, String sequence) {
    return streams
        .getShardIterator(
            g ->
                g.streamArn(shard.streamArn)
                    .shardId(shard.shardId)
                    .shardIteratorType(type)
                    .sequenceNumber(sequence))
        .shardIterator();
  }

  private void finish(ShardReader shard) {
    positions.ended(shard.key());
    positions.save();
    shards.remove(shard.key());
    nextDiscovery = System.nanoTime(); // its children may be waiting
  }

  private static String sequence(Record record) {
    return record.dynamodb().sequenceNumber();
  }

  private static String key(String streamArn, String shardId) {
    return streamArn + " " + shardId;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    if (t != null) {
      try {
        t.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What the poller knows of one shard it is reading. */
  private static final class ShardReader {
    final String streamArn;
    final String shardId;
    final Optional<String> parent;
    String iterator;
    String resumeAt;
    String failing;
    int attempts;
    long notBefore;

    ShardReader(String streamArn, String shardId, Optional<String> parent) {
      this.streamArn = streamArn;
      this.shardId = shardId;
      this.parent = parent;
    }

    String key() {
      return StreamPoller.key(streamArn, shardId);
    }

    boolean ready() {
      return System.nanoTime() - notBefore >= 0;
    }

    /** Counts a failed attempt at {@code sequence} and backs off; the attempts so far. */
    int failed(String sequence) {
      if (!sequence.equals(failing)) {
        failing = sequence;
        attempts = 0;
      }
      attempts++;
      notBefore = System.nanoTime() + Duration.ofMillis(50L << Math.min(attempts, 6)).toNanos();
      return attempts;
    }

    void succeeded() {
      failing = null;
      attempts = 0;
      resumeAt = null;
    }
  }
}
