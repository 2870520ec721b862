package cruddur.stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the local poller is in each shard: the sequence number of the last record it has handled,
 * and whether it has read a closed shard to its end. Kept in one small JSON file, replaced
 * atomically and flushed to disk on every save, so that after a crash the poller resumes after the
 * last batch it finished.
 */
final class ShardPositions {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One shard's position; {@code after} is empty until a record of it has been handled. */
  record Position(Optional<String> after, boolean ended) {
    static final Position START = new Position(Optional.empty(), false);
  }

  private record Stored(String after, boolean ended) {}

  private final Path file;
  private final Map<String, Position> positions = new TreeMap<>();

  private ShardPositions(Path file) {
    this.file = file;
  }

  /** The positions kept in {@code file}; none if it does not exist yet. */
  static ShardPositions open(Path file) {
    ShardPositions positions = new ShardPositions(file);
    if (Files.exists(file)) {
      try {
        Map<String, Stored> stored =
            JSON.readValue(file.toFile(), new TypeReference<Map<String, Stored>>() {});
        stored.forEach(
            (shard, s) ->
                positions.positions.put(
                    shard, new Position(Optional.ofNullable(s.after()), s.ended())));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read the stream positions in " + file + " (delete it to start over)", e);
      }
    }
    return positions;
  }

  Position get(String shard) {
    return positions.getOrDefault(shard, Position.START);
  }

  void handledUpTo(String shard, String sequenceNumber) {
    positions.put(shard, new Position(Optional.of(sequenceNumber), false));
  }

  void ended(String shard) {
    positions.put(shard, new Position(get(shard).after(), true));
  }

  /** Forgets the shards not in {@code live} (expired from the stream). */
  void keepOnly(Set<String> live) {
    positions.keySet().retainAll(live);
  }

  /** Writes the positions to disk: a new file, flushed, then renamed over the old one. */
  void save() {
    Map<String, Stored> stored = new TreeMap<>();
    positions.forEach(
        (shard, p) -> stored.put(shard, new Stored(p.after().orElse(null), p.ended())));
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temporary = dir.resolve(file.getFileName() + ".tmp");
      byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored);
      try (FileChannel out =
          FileChannel.open(
              temporary,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        out.write(ByteBuffer.wrap(bytes));
        out.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
        directory.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the stream positions to " + file, e);
    }
  }
}
