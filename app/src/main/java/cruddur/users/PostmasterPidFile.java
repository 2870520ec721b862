package cruddur.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a data directory's {@code postmaster.pid} says: the server's process id (line 1) and port
 * (line 4). PostgreSQL writes it on start and removes it on a clean stop, so one that is present
 * means a server is running there, or was until it died without cleaning up.
 */
record PostmasterPidFile(long pid, int port) {
  static final String NAME = "postmaster.pid";

  static Optional<PostmasterPidFile> read(Path dataDir) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDir.resolve(NAME));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + dataDir.resolve(NAME), e);
    }
    // A half-written file (the server is starting or crashed mid-write) has no port yet.
    if (lines.size() < 4) {
      return lines.isEmpty() ? Optional.empty() : parse(lines.get(0), "0");
    }
    return parse(lines.get(0), lines.get(3));
  }

  private static Optional<PostmasterPidFile> parse(String pid, String port) {
    try {
      return Optional.of(
          new PostmasterPidFile(Long.parseLong(pid.trim()), Integer.parseInt(port.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
