package cruddur.dynamo.streams;

import cruddur.dynamo.table.KeySchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One stream of a table as the catalog keeps it: the current one, or a past one (disabled, replaced
 * by a new stream, or its table deleted) that stays readable until its records are past retention.
 * Its shards are oldest first; it is enabled while the last one is open. {@code trimmedThrough} is
 * the highest sequence number of the table's records removed as past retention (0 when none), so
 * that reading from before it is known to have missed records even after they are gone. Immutable.
 */
record TableStream(
    String tableName,
    int tableId,
    String label,
    String viewType,
    KeySchema key,
    long createdMillis,
    long trimmedThrough,
    List<Shard> shards) {

  TableStream {
    shards = List.copyOf(shards);
  }

  boolean enabled() {
    return openShard().isPresent();
  }

  Optional<Shard> openShard() {
    return shards.isEmpty() || !shards.get(shards.size() - 1).isOpen()
        ? Optional.empty()
        : Optional.of(shards.get(shards.size() - 1));
  }

  /** The shards still holding records within retention, and the open one, oldest first. */
  List<Shard> liveShards(long now) {
    return shards.stream().filter(s -> !s.expired(now)).toList();
  }

  /** Disabled and nothing left to read: to be forgotten. */
  boolean expired(long now) {
    return !enabled() && liveShards(now).isEmpty();
  }

  Optional<Shard> liveShard(String shardId, long now) {
    return liveShards(now).stream().filter(s -> s.id().equals(shardId)).findFirst();
  }

  /** The highest sequence number the stream's shards bound, open ones excepted (0 when none). */
  long highestBound() {
    long highest = 0;
    for (Shard s : shards) {
      highest = Math.max(highest, s.isOpen() ? s.start() : s.end());
    }
    return highest;
  }

  /** With the open shard replaced by these shards (a closed one, and maybe its child). */
  TableStream replacingOpenShard(Shard... replacements) {
    List<Shard> next = new ArrayList<>(shards.subList(0, shards.size() - 1));
    next.addAll(List.of(replacements));
    return withShards(next);
  }

  TableStream withShards(List<Shard> newShards) {
    return new TableStream(
        tableName, tableId, label, viewType, key, createdMillis, trimmedThrough, newShards);
  }

  TableStream withTrimmedThrough(long sequence) {
    return new TableStream(
        tableName, tableId, label, viewType, key, createdMillis, sequence, shards);
  }
}
