package cruddur.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cruddur.dynamo.item.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  private Store store;

  @BeforeEach
  void open() {
    store = Store.inMemory();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void putGetDelete() {
    assertThat(store.get(b("k"))).isEmpty();
    store.write(new Batch().put(b("k"), b("v1")));
    assertThat(store.get(b("k"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v1")));
    store.write(new Batch().put(b("k"), b("v2")));
    assertThat(store.get(b("k"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v2")));
    store.write(new Batch().delete(b("k")));
    assertThat(store.get(b("k"))).isEmpty();
  }

  @Test
  void batchAppliesInOrderAndAtomically() {
    store.write(new Batch().put(b("a"), b("1")).put(b("b"), b("2")).delete(b("a")));
    assertThat(store.get(b("a"))).isEmpty();
    assertThat(store.get(b("b"))).isPresent();
    // An empty batch is a no-op, and a batch is visible all at once to a scan snapshot.
    store.write(new Batch());
    try (Cursor before = store.scan(null, null, false)) {
      store.write(new Batch().put(b("c"), b("3")).put(b("d"), b("4")));
      assertThat(keys(before)).containsExactly("b");
    }
    try (Cursor after = store.scan(null, null, false)) {
      assertThat(keys(after)).containsExactly("b", "c", "d");
    }
  }

  @Test
  void emptyValuesAndBinaryKeys() {
    byte[] key = {0, (byte) 0xFF, 0};
    store.write(new Batch().put(key, new byte[0]));
    assertThat(store.get(key)).hasValueSatisfying(v -> assertThat(v).isEmpty());
  }

  @Test
  void forwardAndReverseScansRespectBounds() {
    Batch batch = new Batch();
    for (String k : List.of("a", "b", "c", "d", "e")) {
      batch.put(b(k), b(k.toUpperCase()));
    }
    store.write(batch);
    try (Cursor c = store.scan(b("b"), b("e"), false)) {
      assertThat(keys(c)).containsExactly("b", "c", "d");
    }
    try (Cursor c = store.scan(b("b"), b("e"), true)) {
      assertThat(keys(c)).containsExactly("d", "c", "b");
    }
    try (Cursor c = store.scan(b("bb"), b("dd"), true)) {
      assertThat(keys(c)).containsExactly("d", "c");
    }
    try (Cursor c = store.scan(null, b("c"), true)) {
      assertThat(keys(c)).containsExactly("b", "a");
    }
    try (Cursor c = store.scan(b("c"), null, false)) {
      assertThat(keys(c)).containsExactly("c", "d", "e");
    }
    try (Cursor c = store.scan(b("c"), b("c"), false)) {
      assertThat(c.hasNext()).isFalse();
      assertThatThrownBy(c::next).isInstanceOf(NoSuchElementException.class);
    }
    try (Cursor c = store.scan(b("x"), b("z"), true)) {
      assertThat(c.hasNext()).isFalse();
    }
    try (Cursor c = store.scan(b("a"), b("b"), false)) {
      Entry e = c.next();
      assertThat(e.key()).isEqualTo(b("a"));
      assertThat(e.value()).isEqualTo(b("A"));
    }
  }

  @Test
  void scansEncodedKeyRanges() {
    // A hash key's items: [table][index][hash][range], scanned as a prefix range.
    Batch batch = new Batch();
    for (int table = 1; table <= 2; table++) {
      for (int i = -5; i <= 5; i++) {
        byte[] key =
            new KeyBuilder()
                .u32(table)
                .u8(0)
                .ordered(new AttributeValue.S("h"))
                .ordered(AttributeValue.N.parse(Integer.toString(i)))
                .build();
        batch.put(key, b(table + ":" + i));
      }
    }
    store.write(batch);
    byte[] prefix = new KeyBuilder().u32(1).u8(0).ordered(new AttributeValue.S("h")).build();
    List<String> values = new ArrayList<>();
    try (Cursor c = store.scan(prefix, KeyCodec.prefixEnd(prefix), true)) {
      c.forEachRemaining(e -> values.add(new String(e.value(), StandardCharsets.UTF_8)));
    }
    assertThat(values)
        .containsExactly(
            "1:5", "1:4", "1:3", "1:2", "1:1", "1:0", "1:-1", "1:-2", "1:-3", "1:-4", "1:-5");
  }

  @Test
  void deleteRangeDropsOnlyThatRange() {
    store.write(new Batch().put(b("a1"), b("x")).put(b("b1"), b("x")).put(b("b2"), b("x")));
    store.write(new Batch().put(b("c1"), b("x")));
    store.deleteRange(b("b"), KeyCodec.prefixEnd(b("b")));
    try (Cursor c = store.scan(null, null, false)) {
      assertThat(keys(c)).containsExactly("a1", "c1");
    }
    assertThat(store.get(b("b1"))).isEmpty();
  }

  @Test
  void deleteRangeWithoutUpperBoundRunsToTheLastKey() {
    byte[] high = {(byte) 0xFF, (byte) 0xFF, 1};
    store.write(
        new Batch().put(b("a"), b("x")).put(new byte[] {(byte) 0xFF}, b("x")).put(high, b("x")));
    store.deleteRange(new byte[] {(byte) 0xFF}, KeyCodec.prefixEnd(new byte[] {(byte) 0xFF}));
    try (Cursor c = store.scan(null, null, false)) {
      assertThat(keys(c)).containsExactly("a");
    }
    store.deleteRange(b("b"), null);
    store.deleteRange(b("a"), b("a"));
    assertThat(store.get(b("a"))).isPresent();
  }

  @Test
  void closingTheStoreClosesOpenCursors() {
    Store s = Store.inMemory();
    s.write(new Batch().put(b("a"), b("1")).put(b("b"), b("2")));
    Cursor c = s.scan(null, null, false);
    assertThat(c.next().key()).isEqualTo(b("a"));
    s.close();
    assertThat(c.hasNext()).isFalse();
    c.close();
    s.close();
    assertThatThrownBy(() -> s.get(b("a"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void concurrentWritersAndReaders() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    byte[] key = new KeyBuilder().u8(thread).u32(i).build();
                    store.write(new Batch().put(key, b("v" + i)));
                    assertThat(store.get(key)).isPresent();
                    try (Cursor c = store.scan(new byte[] {(byte) thread}, null, false)) {
                      assertThat(c.hasNext()).isTrue();
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    try (Cursor c = store.scan(null, null, false)) {
      assertThat(keys(c)).hasSize(2000);
    }
  }

  @Test
  void reopenFromDiskKeepsData(@TempDir Path dir) {
    try (Store disk = Store.open(dir.resolve("db"), false)) {
      disk.write(new Batch().put(b("k"), b("v")).put(b("gone"), b("x")));
      disk.write(new Batch().delete(b("gone")));
    }
    try (Store disk = Store.open(dir.resolve("db"), true)) {
      assertThat(disk.get(b("k"))).hasValueSatisfying(v -> assertThat(v).isEqualTo(b("v")));
      assertThat(disk.get(b("gone"))).isEmpty();
      disk.write(new Batch().put(b("k2"), b("v2")));
    }
    try (Store disk = Store.open(dir.resolve("db"), false)) {
      try (Cursor c = disk.scan(null, null, false)) {
        assertThat(keys(c)).containsExactly("k", "k2");
      }
    }
    assertThat(dir.resolve("db").resolve("CURRENT")).exists();
  }

  @Test
  void inMemoryLeavesNothingOnDisk(@TempDir Path dir) throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    List<Path> before = list(cwd);
    try (Store mem = Store.inMemory()) {
      Batch batch = new Batch();
      for (int i = 0; i < 10_000; i++) {
        batch.put(new KeyBuilder().u32(i).build(), new byte[100]);
      }
      mem.write(batch);
      assertThat(mem.get(new KeyBuilder().u32(42).build())).isPresent();
    }
    assertThat(Path.of("/cruddur-dynamo-in-memory")).doesNotExist();
    assertThat(list(cwd)).isEqualTo(before);
    // Two in-memory stores are independent.
    try (Store a = Store.inMemory();
        Store b = Store.inMemory()) {
      a.write(new Batch().put(b("k"), b("a")));
      assertThat(b.get(b("k"))).isEmpty();
    }
  }

  private static List<Path> list(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static List<String> keys(Cursor c) {
    List<String> keys = new ArrayList<>();
    c.forEachRemaining(e -> keys.add(new String(e.key(), StandardCharsets.UTF_8)));
    return keys;
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
