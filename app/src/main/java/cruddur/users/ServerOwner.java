package cruddur.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that started a data directory's server, as LocalPostgres records it in the owner file
 * next to that directory: its id and start time, so that a recycled id is not taken for the owner.
 * A live owner means a running Cruddur process serves the data; a dead one means whatever server is
 * left is an orphan.
 */
record ServerOwner(long pid, Optional<Instant> startedAt) {
  /** Start times come from /proc in whole clock ticks; allow for rounding between readers. */
  private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

  static ServerOwner currentProcess() {
    ProcessHandle self = ProcessHandle.current();
    return new ServerOwner(self.pid(), self.info().startInstant());
  }

  /** Reads {@code "<pid> <start epoch millis or ->"}; anything else is no owner. */
  static Optional<ServerOwner> parse(String text) {
    String[] fields = text.trim().split("\\s+");
    if (fields.length != 2) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(fields[0]);
      Optional<Instant> startedAt =
          fields[1].equals("-")
              ? Optional.empty()
              : Optional.of(Instant.ofEpochMilli(Long.parseLong(fields[1])));
      return Optional.of(new ServerOwner(pid, startedAt));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String format() {
    return pid + " " + startedAt.map(at -> Long.toString(at.toEpochMilli())).orElse("-") + "\n";
  }

  /** Whether the recorded process is still running (and is the same process, not a reused id). */
  boolean isAlive() {
    return RunningProcess.of(pid)
        .filter(
            process ->
                startedAt.isEmpty()
                    || process
                        .startedAt()
                        .map(
                            actual ->
                                Duration.between(startedAt.get(), actual)
                                        .abs()
                                        .compareTo(START_TOLERANCE)
                                    <= 0)
                        .orElse(true))
        .isPresent();
  }
}
