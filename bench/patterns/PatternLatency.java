import cruddur.config.Environment;
import cruddur.local.Services;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.users.User;
import cruddur.users.UserRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Page latency of access patterns A and B through the app's repositories (AWS SDK v2, one thread),
 * against whatever the environment points at (AWS_ENDPOINT_URL, CONNECTION_URL or the data dir).
 * Usage: java -cp <app classpath> PatternLatency.java LABEL WARMUP CALLS
 * Prints markdown rows: | label | pattern | calls | p50 ms | p99 ms |
 */
public class PatternLatency {
  public static void main(String[] args) {
    String label = args[0];
    int warmup = Integer.parseInt(args[1]);
    int calls = Integer.parseInt(args[2]);
    try (Services services = new Services(Environment.of(System.getenv()))) {
      var dynamo = services.dynamo(false);
      String table = services.tableName();
      UserRepository users = new UserRepository(services.users());
      User andrew = users.findByHandle("andrewbrown").orElseThrow();
      User bayko = users.findByHandle("bayko").orElseThrow();
      ConversationRepository conversations = new ConversationRepository(dynamo, table);
      MessageRepository messages = new MessageRepository(dynamo, table);
      UUID seeded =
          conversations
              .between(andrew.uuid(), bayko.uuid())
              .orElseThrow(() -> new IllegalStateException("no andrewbrown-bayko conversation: run ./cruddur ddb seed"));
      row(label, "A: get-conversation (page of 20)", warmup, calls,
          () -> messages.page(seeded, Optional.empty(), 20).items().size());
      row(label, "B: list-conversations (page of 20)", warmup, calls,
          () -> conversations.list(andrew.uuid(), Optional.empty(), 20).items().size());
    }
  }

  private static void row(String label, String pattern, int warmup, int calls, Supplier<Integer> call) {
    for (int i = 0; i < warmup; i++) {
      if (call.get() != 20) {
        throw new IllegalStateException(pattern + ": expected a full page of 20");
      }
    }
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      call.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("| %s | %s | %d | %.3f | %.3f |%n", label, pattern, calls,
        nanos[calls / 2] / 1e6, nanos[(int) (calls * 0.99)] / 1e6);
  }
}
