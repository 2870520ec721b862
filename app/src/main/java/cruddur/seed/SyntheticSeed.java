package cruddur.seed;

import cruddur.messages.Conversation;
import cruddur.messages.Message;
import cruddur.messages.MessageItems;
import cruddur.messages.Participant;
import cruddur.messages.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Large synthetic data for benchmarks ({@code ddb seed --messages N --conversations M}): M
 * conversations between one owner and made-up people, N messages spread over them, written with
 * BatchWriteItem, 25 items a call, from several threads at once.
 */
public final class SyntheticSeed {
  static final int BATCH = 25;
  private static final int MAX_ATTEMPTS = 20;
  private static final int MAX_SLOT_ATTEMPTS = 1000;

  /** How many items were written and how long it took. */
  public record Result(long items, Duration elapsed) {
    public double itemsPerSecond() {
      return items / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
  }

  private final DynamoDbClient client;
  private final String table;
  private final Clock clock;
  private final int threads;

  public SyntheticSeed(DynamoDbClient client, String table, Clock clock, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.client = client;
    this.table = table;
    this.clock = clock;
    this.threads = threads;
  }

  /** The number of items {@link #write} writes: every message and two items per conversation. */
  public static long itemCount(long messages, int conversations) {
    return messages + 2L * conversations;
  }

  /** Writes the data; {@code progress} hears the items written after each batch. */
  public Result write(Participant owner, long messages, int conversations, LongConsumer progress) {
    if (conversations < 1 || messages < conversations) {
      throw new IllegalArgumentException(
          "need at least one conversation and at least one message per conversation");
    }
    Instant start = clock.instant();
    Items items = new Items(owner, messages, conversations, start.truncatedTo(ChronoUnit.SECONDS));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long written = 0;
    try {
      List<Future<Long>> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(pool.submit(() -> drain(items, progress)));
      }
      for (Future<Long> worker : workers) {
        written += worker.get();
      }
      for (Conversation item : items.conversationItems()) {
        putAtFreeTime(item);
        written++;
        progress.accept(1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while seeding", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(written, Duration.between(start, clock.instant()));
  }

  private long drain(Items items, LongConsumer progress) throws InterruptedException {
    long written = 0;
    List<Map<String, AttributeValue>> batch;
    while (!(batch = items.nextBatch()).isEmpty()) {
      List<WriteRequest> requests = new ArrayList<>(batch.size());
      for (Map<String, AttributeValue> item : batch) {
        requests.add(
            WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
      }
      writeAll(requests);
      written += batch.size();
      progress.accept(batch.size());
    }
    return written;
  }

  /**
   * Conversation items go one by one with a condition, because an owner's items share a partition
   * and one of the owner's real conversations may already sit at the same time: on a collision the
   * item moves to the next free microsecond instead of overwriting it.
   */
  private void putAtFreeTime(Conversation item) {
    Conversation next = item;
    for (int attempt = 0; attempt < MAX_SLOT_ATTEMPTS; attempt++) {
      try {
        client.putItem(
            PutItemRequest.builder()
                .tableName(table)
                .item(MessageItems.of(next))
                .conditionExpression("attribute_not_exists(pk)")
                .build());
        return;
      } catch (ConditionalCheckFailedException taken) {
        String sk = Times.next(next.sk());
        next =
            new Conversation(
                next.ownerUuid(),
                next.groupUuid(),
                sk,
                Times.parse(sk),
                next.lastMessage(),
                next.other());
      }
    }
    throw new IllegalStateException("no free time for conversation item " + item.groupUuid());
  }

  private void writeAll(List<WriteRequest> requests) throws InterruptedException {
    Map<String, List<WriteRequest>> pending = Map.of(table, requests);
    for (int attempt = 1; ; attempt++) {
      BatchWriteItemResponse response =
          client.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build());
      if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
        return;
      }
      if (attempt == MAX_ATTEMPTS) {
        throw new IllegalStateException(
            "the table kept refusing writes after " + MAX_ATTEMPTS + " attempts");
      }
      pending = response.unprocessedItems();
      Thread.sleep(Math.min(1000, 10L << Math.min(attempt, 6)));
    }
  }

  /** The items to write, generated on demand and handed out a batch at a time. */
  private static final class Items {
    private final Participant owner;
    private final long messages;
    private final int conversations;
    private final Instant newest;
    private final UUID[] groups;
    private final Participant[] others;
    private final Iterator<Map<String, AttributeValue>> source;

    Items(Participant owner, long messages, int conversations, Instant newest) {
      this.owner = owner;
      this.messages = messages;
      this.conversations = conversations;
      this.newest = newest;
      this.groups = new UUID[conversations];
      this.others = new Participant[conversations];
      for (int c = 0; c < conversations; c++) {
        groups[c] = UUID.randomUUID();
        others[c] = other(c);
      }
      this.source = generate();
    }

    synchronized List<Map<String, AttributeValue>> nextBatch() {
      List<Map<String, AttributeValue>> batch = new ArrayList<>(BATCH);
      while (batch.size() < BATCH && source.hasNext()) {
        batch.add(source.next());
      }
      return batch;
    }

    /**
     * Message i of conversation c is the (i * M + c)-th message overall; messages are one second
     * apart, the last one now. So every message, and every conversation's latest one, has a time of
     * its own (an owner's conversation items share a partition and need distinct sort keys).
     */
    private Iterator<Map<String, AttributeValue>> generate() {
      return new Iterator<>() {
        private int conversation;
        private long index;

        @Override
        public boolean hasNext() {
          return conversation < conversations;
        }

        @Override
        public Map<String, AttributeValue> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          int c = conversation;
          long i = index++;
          if (index == messagesIn(c)) {
            index = 0;
            conversation++;
          }
          Instant at = timeOf(c, i);
          return MessageItems.of(
              new Message(
                  groups[c],
                  randomUuid(),
                  at,
                  Times.format(at),
                  text(c, i),
                  i % 2 == 0 ? owner : others[c]));
        }
      };
    }

    /** Both participants' items of every conversation, at its last message. */
    List<Conversation> conversationItems() {
      List<Conversation> items = new ArrayList<>(2 * conversations);
      for (int c = 0; c < conversations; c++) {
        long count = messagesIn(c);
        Instant last = timeOf(c, count - 1);
        String sk = Times.format(last);
        String text = text(c, count - 1);
        items.add(new Conversation(owner.uuid(), groups[c], sk, last, text, others[c]));
        items.add(new Conversation(others[c].uuid(), groups[c], sk, last, text, owner));
      }
      return items;
    }

    /**
     * A version-4 UUID from a fast generator: synthetic message ids need to be unique, not
     * unguessable, and the secure generator behind UUID.randomUUID costs more than that needs.
     */
    private static UUID randomUuid() {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long high = (random.nextLong() & ~0xF000L) | 0x4000L;
      long low = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62);
      return new UUID(high, low);
    }

    private Instant timeOf(int c, long i) {
      return newest.minusSeconds(messages - 1 - (i * conversations + c));
    }

    private long messagesIn(int c) {
      return messages / conversations + (c < messages % conversations ? 1 : 0);
    }

    private static Participant other(int c) {
      String handle = String.format("synthetic%06d", c);
      return new Participant(
          UUID.nameUUIDFromBytes(handle.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "Synthetic " + c,
          handle);
    }

    private static String text(int c, long i) {
      return "Synthetic message " + (i + 1) + " of conversation " + (c + 1) + ".";
    }
  }
}
