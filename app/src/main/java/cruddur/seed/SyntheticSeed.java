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
import java.util.function.LongConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
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
    private final Iterator<Map<String, AttributeValue>> source;

    Items(Participant owner, long messages, int conversations, Instant newest) {
      this.owner = owner;
      this.messages = messages;
      this.conversations = conversations;
      this.newest = newest;
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
        private int stage; // 0: this conversation's messages, 1: owner's item, 2: other's item
        private final UUID[] groups = new UUID[conversations];

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
          if (groups[c] == null) {
            groups[c] = UUID.randomUUID();
          }
          long count = messagesIn(c);
          Participant other = other(c);
          if (stage == 0) {
            long i = index++;
            if (index == count) {
              stage = 1;
            }
            Instant at = timeOf(c, i);
            return MessageItems.of(
                new Message(
                    groups[c],
                    UUID.randomUUID(),
                    at,
                    Times.format(at),
                    text(c, i),
                    i % 2 == 0 ? owner : other));
          }
          Instant last = timeOf(c, count - 1);
          String lastSk = Times.format(last);
          String lastText = text(c, count - 1);
          Conversation item;
          if (stage == 1) {
            stage = 2;
            item = new Conversation(owner.uuid(), groups[c], lastSk, last, lastText, other);
          } else {
            stage = 0;
            index = 0;
            conversation++;
            item = new Conversation(other.uuid(), groups[c], lastSk, last, lastText, owner);
          }
          return MessageItems.of(item);
        }
      };
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
