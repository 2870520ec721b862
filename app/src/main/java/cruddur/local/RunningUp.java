package cruddur.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a running {@code ./cruddur up} is, for the scripts: {@code up} records its engine's
 * endpoint and its data directory in {@value #FILE} under the default data directory ({@code
 * ./data}, or {@code CRUDDUR_DATA_DIR}), whatever {@code --engine-port} and {@code --data-dir} it
 * was given, and removes it when it stops. A record left by a killed {@code up} is ignored once
 * nothing answers at its endpoint.
 *
 * @param engine the engine's endpoint
 * @param dataDir where that {@code up} keeps its data (its PostgreSQL among it)
 */
public record RunningUp(URI engine, Path dataDir) {
  public static final String FILE = "up.properties";

  /**
   * Records this {@code up} under {@code defaultDataDir}; returns the file to remove at the end.
   */
  public Path record(Path defaultDataDir) {
    Properties p = new Properties();
    p.setProperty("engine", engine.toString());
    p.setProperty("data-dir", dataDir.toAbsolutePath().toString());
    try {
      Files.createDirectories(defaultDataDir);
      Path file = defaultDataDir.resolve(FILE);
      Path partial = defaultDataDir.resolve(FILE + ".partial");
      try (OutputStream out = Files.newOutputStream(partial)) {
        p.store(out, "written by ./cruddur up while it runs; the scripts read it");
      }
      try {
        Files.move(
            partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code up} recorded under {@code defaultDataDir}, if there is a readable record. */
  static Optional<RunningUp> recordedIn(Path defaultDataDir) {
    Path file = defaultDataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    String engine = p.getProperty("engine");
    String dataDir = p.getProperty("data-dir");
    if (engine == null || dataDir == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RunningUp(URI.create(engine), Path.of(dataDir)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
