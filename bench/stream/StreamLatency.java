import cruddur.config.Environment;
import cruddur.local.Services;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.Participant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Issue 4's benchmark: the time from sending a message to both participants' conversation items
 * showing it, with a stream processor (./cruddur stream-processor) following the table.
 *
 * <p>Messages are sent open-loop at a fixed rate into CONVERSATIONS conversations, round robin. The
 * moment a conversation item shows a message is taken from the table's own stream: an observer
 * tails it (polling every 5 ms when idle) and notes when the processor's insert of each
 * participant's moved item appears. Latency = the later of the two, minus the time just before the
 * send's request.
 *
 * <p>Usage: java -cp <app classpath> StreamLatency.java RATE MESSAGES [CONVERSATIONS]
 * Prints one markdown row: | rate/s | messages | p50 ms | p90 ms | p99 ms | max ms |
 */
public class StreamLatency {
  // The observer shares the machine with what it measures: polling the stream every millisecond
  // took a fifth of a core from it. Every 5 ms, each latency is overstated by at most 5 ms.
  static final int OBSERVER_PAUSE_MS = 5;

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(args[0]);
    int count = Integer.parseInt(args[1]);
    int groups = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    try (Services services = new Services(Environment.of(System.getenv()))) {
      var dynamo = services.dynamo(false);
      String table = services.tableName();
      ConversationRepository conversations = new ConversationRepository(dynamo, table);
      MessageRepository messages = new MessageRepository(dynamo, table);
      Instant base = Instant.now();
      List<UUID> groupIds = new ArrayList<>();
      List<Participant[]> pairs = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        Participant a = new Participant(UUID.randomUUID(), "Bench A" + g, "bencha" + g);
        Participant b = new Participant(UUID.randomUUID(), "Bench B" + g, "benchb" + g);
        groupIds.add(conversations.start(a, b, "start", UUID.randomUUID(), base).groupUuid());
        pairs.add(new Participant[] {a, b});
      }
      Observer observer = new Observer(services.streams(), dynamo, table, count);
      Thread watching = new Thread(observer, "observer");
      watching.setDaemon(true);
      watching.start();
      observer.ready.await();

      long[] sentAt = new long[count];
      long interval = TimeUnit.SECONDS.toNanos(1) / rate;
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long due = start + i * interval;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait); // (no spinning: the machine's cores are the system's)
        }
        Participant[] pair = pairs.get(i % groups);
        Participant sender = pair[(i / groups) % 2];
        String text = "m" + i;
        observer.expect(text, i);
        sentAt[i] = System.nanoTime();
        messages.send(groupIds.get(i % groups), sender, text, UUID.randomUUID(), Instant.now());
      }
      if (!observer.done.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(observer.done.getCount() + " messages never showed up");
      }
      long[] latency = new long[count];
      for (int i = 0; i < count; i++) {
        latency[i] = observer.shownAt[i] - sentAt[i];
      }
      Arrays.sort(latency);
      System.out.printf(
          "| %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          rate,
          count,
          latency[count / 2] / 1e6,
          latency[(int) (count * 0.9)] / 1e6,
          latency[(int) (count * 0.99)] / 1e6,
          latency[count - 1] / 1e6);
    }
  }

  /** Tails the stream; a message is shown when the second of its two moved items is inserted. */
  static final class Observer implements Runnable {
    final CountDownLatch ready = new CountDownLatch(1);
    final CountDownLatch done;
    final long[] shownAt;
    private final Map<String, Integer> index = new ConcurrentHashMap<>();
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private final DynamoDbStreamsClient streams;
    private final String streamArn;

    Observer(DynamoDbStreamsClient streams, software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamo, String table, int count) {
      this.streams = streams;
      this.streamArn = dynamo.describeTable(d -> d.tableName(table)).table().latestStreamArn();
      this.done = new CountDownLatch(count);
      this.shownAt = new long[count];
    }

    void expect(String text, int i) {
      index.put(text, i);
    }

    @Override
    public void run() {
      var shards = streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards();
      String shard = shards.get(shards.size() - 1).shardId();
      String iterator =
          streams
              .getShardIterator(
                  g -> g.streamArn(streamArn).shardId(shard).shardIteratorType(ShardIteratorType.LATEST))
              .shardIterator();
      ready.countDown();
      while (done.getCount() > 0 && iterator != null) {
        String it = iterator;
        var response = streams.getRecords(g -> g.shardIterator(it));
        long now = System.nanoTime();
        for (Record r : response.records()) {
          var image = r.dynamodb().newImage();
          if (!"INSERT".equals(r.eventNameAsString())
              || !r.dynamodb().keys().get("pk").s().startsWith("GRP#")) {
            continue;
          }
          String text = image.get("message").s();
          Integer i = index.get(text);
          if (i != null && seen.merge(text, 1, Integer::sum) == 2) {
            shownAt[i] = now;
            done.countDown();
          }
        }
        iterator = response.nextShardIterator();
        if (response.records().isEmpty()) {
          try {
            Thread.sleep(OBSERVER_PAUSE_MS);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }
  }
}
