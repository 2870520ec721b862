package cruddur.users;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A process by id, as far as LocalPostgres needs one: is it still running, is it a postgres, stop
 * it. {@link ProcessHandle#isAlive} alone is not enough, because it calls a zombie alive: on a
 * machine whose init does not reap orphans, a killed postmaster lingers as one.
 */
final class RunningProcess {
  private static final Duration POLL = Duration.ofMillis(50);

  private final ProcessHandle handle;

  private RunningProcess(ProcessHandle handle) {
    this.handle = handle;
  }

  /** The process with this id, if one is running (not exited, not a zombie). */
  static Optional<RunningProcess> of(long pid) {
    return ProcessHandle.of(pid).filter(RunningProcess::isRunning).map(RunningProcess::new);
  }

  long pid() {
    return handle.pid();
  }

  Optional<Instant> startedAt() {
    return handle.info().startInstant();
  }

  /**
   * Whether this is a postgres server process. A process whose command cannot be read counts as
   * one: the caller found its id in a postmaster.pid, and wrongly taking a live server for a stale
   * entry would let a second server loose on the same data.
   */
  boolean isPostgres() {
    return handle
        .info()
        .command()
        .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
        .orElse(true);
  }

  /**
   * Stops the process and everything it started: SIGTERM, then SIGKILL if it is still running after
   * {@code grace}. A postmaster's backends notice that it is gone and exit by themselves, but a new
   * server refuses to start while one still holds the old shared memory, so they are waited for
   * (and killed if they linger) too.
   *
   * @return true if everything has exited
   */
  boolean stop(Duration grace) {
    List<ProcessHandle> descendants = handle.descendants().toList();
    handle.destroy();
    if (!awaitExit(handle, grace)) {
      handle.destroyForcibly();
      if (!awaitExit(handle, grace)) {
        return false;
      }
    }
    boolean allExited = true;
    for (ProcessHandle descendant : descendants) {
      if (!awaitExit(descendant, grace)) {
        descendant.destroyForcibly();
        allExited &= awaitExit(descendant, grace);
      }
    }
    return allExited;
  }

  /** Waits up to {@code timeout} for the process to exit; true if it has. */
  boolean awaitExit(Duration timeout) {
    return awaitExit(handle, timeout);
  }

  private static boolean awaitExit(ProcessHandle process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isRunning(process)) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !isRunning(process);
      }
    }
    return true;
  }

  private static boolean isRunning(ProcessHandle process) {
    return process.isAlive() && !isZombie(process.pid());
  }

  /** Linux only (the embedded binaries are Linux-only); elsewhere trusts isAlive. */
  private static boolean isZombie(long pid) {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    try {
      String line = Files.readString(stat);
      // "pid (command) state ...": the command may itself contain ") ", so find the last one.
      int end = line.lastIndexOf(") ");
      return end >= 0 && end + 2 < line.length() && line.charAt(end + 2) == 'Z';
    } catch (IOException e) {
      return false;
    }
  }
}
