package cruddur.dynamo.server;

import static cruddur.dynamo.server.BackfillFixture.assertExact;
import static cruddur.dynamo.server.BackfillFixture.awaitActive;
import static cruddur.dynamo.server.BackfillFixture.createIndex;
import static cruddur.dynamo.server.BackfillFixture.describe;
import static cruddur.dynamo.server.BackfillFixture.item;
import static cruddur.dynamo.server.EngineFixture.n;
import static cruddur.dynamo.server.EngineFixture.s;
import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.server.BackfillFixture.IndexState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Kills a child-process engine with SIGKILL while it backfills a new GSI (as soon as the index
 * shows or UpdateTable answers, once the index shows progress, once it is ACTIVE): wherever the
 * kill lands, the index is never ACTIVE until complete, and after a restart it becomes ACTIVE
 * holding exactly the table's items.
 */
class BackfillCrashTest {
  private static final int ITEMS = 20_000;

  @TempDir Path dataDir;

  @Test
  void aNewIndexKilledAnywhereInItsBackfillIsExactOnceActiveAfterARestart() throws Exception {
    String table;
    try (EngineProcess engine = EngineProcess.start(dataDir);
        DynamoDbClient client = EngineFixture.client(engine.endpoint())) {
      table = EngineFixture.createHashTable(client);
      BackfillFixture.putAll(engine.endpoint(), table, items());
      createIndexAndKillAsSoonAsItShows(engine, client, table, "first");
    }
    assertExactAfterRestart(table, "first");

    try (EngineProcess engine = EngineProcess.start(dataDir);
        DynamoDbClient client = EngineFixture.client(engine.endpoint())) {
      assertCreating(createIndex(client, table, "second"));
      awaitProgress(client, table, "second");
      engine.kill();
    }
    assertExactAfterRestart(table, "second");

    try (EngineProcess engine = EngineProcess.start(dataDir);
        DynamoDbClient client = EngineFixture.client(engine.endpoint())) {
      assertCreating(createIndex(client, table, "third"));
      awaitActive(client, table, "third");
      engine.kill();
    }
    assertExactAfterRestart(table, "first", "second", "third");
  }

  /**
   * Small items, most with an index key; some without, some whose key is empty or a number, which
   * the index must leave out.
   */
  private static List<Map<String, AttributeValue>> items() {
    List<Map<String, AttributeValue>> items = new ArrayList<>(ITEMS);
    for (int i = 0; i < ITEMS; i++) {
      String id = String.format("item-%05d", i);
      AttributeValue g =
          i % 10 == 0 ? null : i % 17 == 0 ? s("") : i % 23 == 0 ? n("7") : s("g" + i % 50);
      items.add(item(id, g));
    }
    return items;
  }

  /**
   * Sends UpdateTable from another thread and kills the engine the moment DescribeTable lists the
   * new index or UpdateTable answers, whichever comes first.
   */
  private static void createIndexAndKillAsSoonAsItShows(
      EngineProcess engine, DynamoDbClient client, String table, String index) throws Exception {
    CompletableFuture<IndexState> created =
        CompletableFuture.supplyAsync(() -> createIndex(client, table, index));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!created.isDone() && !listed(client, table, index)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("index " + index + " never showed");
      }
      Thread.sleep(1);
    }
    engine.kill();
    created.handle((answer, diedWithTheEngine) -> answer).join();
  }

  private static boolean listed(DynamoDbClient client, String table, String index) {
    var description = client.describeTable(r -> r.tableName(table)).table();
    return description.globalSecondaryIndexes().stream().anyMatch(g -> g.indexName().equals(index));
  }

  private static void assertCreating(IndexState state) {
    assertThat(state.status()).isEqualTo("CREATING");
    assertThat(state.backfilling()).isTrue();
  }

  /** Waits until the index holds some entries (or is already done), as DescribeTable shows. */
  private static void awaitProgress(DynamoDbClient client, String table, String index)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    IndexState state;
    while ((state = describe(client, table, index)).itemCount() == 0 && !state.active()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no backfill progress on " + index + ": " + state);
      }
      Thread.sleep(5);
    }
  }

  /** Restarts on the same data and waits for these indexes to be ACTIVE, then checks them. */
  private void assertExactAfterRestart(String table, String... indexes) throws Exception {
    try (EngineProcess engine = EngineProcess.start(dataDir);
        DynamoDbClient client = EngineFixture.client(engine.endpoint())) {
      for (String index : indexes) {
        awaitActive(client, table, index);
      }
      List<Map<String, AttributeValue>> base = BackfillFixture.scanAll(client, table, null);
      assertThat(base).hasSize(ITEMS);
      for (String index : indexes) {
        assertExact(client, table, index, base);
      }
    }
  }
}
