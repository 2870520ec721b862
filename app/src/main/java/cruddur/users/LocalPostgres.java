package cruddur.users;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL 17 for machines without one, run from the embedded binaries with its data kept
 * in a directory of our choosing, so that users survive restarts.
 *
 * <p>Several processes may point at the same directory (a running {@code ./cruddur up} and a {@code
 * ./cruddur db seed}, say), and a process that died by {@code kill -9} leaves its server running
 * with nobody to stop it: the postmaster is not a child of the JVM. To tell the two apart, the
 * process that starts a server records itself (pid and start time) in {@code <dir>.owner} beside
 * the data directory. On {@link #start}:
 *
 * <ul>
 *   <li>no server recorded in {@code postmaster.pid}, or the recorded process is gone (or is not a
 *       postgres: its id was reused): start one, after removing the stale pid file;
 *   <li>a running server whose owner is alive and which answers on its recorded port for this very
 *       directory: connect to it; {@link #close} then leaves it running for its owner;
 *   <li>a running server whose owner is dead, or which does not answer: an orphan. Stop it
 *       (SIGTERM, SIGKILL after a bounded wait) and start our own.
 * </ul>
 *
 * <p>The owner file is also a lock (held only while deciding and starting) so that two processes
 * starting at once do not both start a server. Server output goes to {@code <dir>.log}.
 *
 * <p>Run as root, the embedded library starts {@code initdb} and {@code pg_ctl} under {@code
 * unshare -U} (PostgreSQL refuses to run as root), which needs {@code unshare} and unprivileged
 * user namespaces.
 */
public final class LocalPostgres implements AutoCloseable {
  /** The database the app uses, as in the original's {@code CONNECTION_URL}. */
  public static final String DEFAULT_DATABASE = "cruddur";

  private static final String SUPERUSER = "postgres";
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
  private static final Duration ANSWER_WAIT = Duration.ofSeconds(5);
  private static final Duration ANSWER_RETRY = Duration.ofMillis(200);

  private final int port;
  private final Optional<EmbeddedPostgres> server;
  private final Optional<RunningProcess> postmaster;
  private final Path dataDir;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalPostgres(
      int port,
      Optional<EmbeddedPostgres> server,
      Optional<RunningProcess> postmaster,
      Path dataDir) {
    this.port = port;
    this.server = server;
    this.postmaster = postmaster;
    this.dataDir = dataDir;
  }

  /**
   * Starts a server on {@code dataDir} (creating and initialising it if needed), or connects to the
   * one a live process already runs there, and creates the {@value #DEFAULT_DATABASE} database if
   * it is missing.
   *
   * @param port the port to listen on, 0 for a free one; ignored when connecting to a running
   *     server, whose port {@link #port()} then reports
   * @throws LocalPostgresException if no server could be started or reached
   */
  public static LocalPostgres start(Path dataDir, int port) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Path ownerFile = besideDataDir(dir, ".owner");
    LocalPostgres postgres;
    try {
      Files.createDirectories(dir.getParent());
      try (FileChannel owner = FileChannel.open(ownerFile, CREATE, READ, WRITE)) {
        owner.lock(); // released as the channel closes
        postgres = attachOrStart(dir, port, owner);
      }
    } catch (IOException e) {
      throw new LocalPostgresException(
          "Could not start PostgreSQL on " + dir + ": " + e.getMessage(), e);
    }
    try {
      postgres.createDatabaseIfMissing(DEFAULT_DATABASE);
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
    return postgres;
  }

  /** A JDBC URL for {@code database} on this server that {@link Database#connect} accepts. */
  public String jdbcUrl(String database) {
    return jdbcUrl(port, database);
  }

  public int port() {
    return port;
  }

  /**
   * Stops the server with a fast shutdown if this instance started it; one that belongs to another
   * process is left running. The data stays either way.
   */
  @Override
  public void close() {
    if (server.isEmpty() || closed.getAndSet(true)) {
      return;
    }
    try {
      server.get().close();
    } catch (IOException e) {
      // Checked below: what matters is whether the postmaster is gone.
    }
    // The library waits only five seconds for pg_ctl and merely logs a failure.
    postmaster.ifPresent(
        process -> {
          if (!process.awaitExit(STOP_GRACE) && !process.stop(STOP_GRACE)) {
            throw new LocalPostgresException(
                "PostgreSQL (pid "
                    + process.pid()
                    + ") did not stop; see "
                    + besideDataDir(dataDir, ".log"));
          }
        });
    releaseOwnership();
  }

  private static LocalPostgres attachOrStart(Path dir, int port, FileChannel ownerChannel)
      throws IOException {
    Optional<PostmasterPidFile> recorded = PostmasterPidFile.read(dir);
    if (recorded.isPresent()) {
      Optional<RunningProcess> running =
          RunningProcess.of(recorded.get().pid()).filter(RunningProcess::isPostgres);
      if (running.isPresent()) {
        boolean ownerAlive =
            ServerOwner.parse(read(ownerChannel)).filter(ServerOwner::isAlive).isPresent();
        if (ownerAlive && answersWithin(recorded.get().port(), dir, ANSWER_WAIT)) {
          return new LocalPostgres(recorded.get().port(), Optional.empty(), running, dir);
        }
        if (!running.get().stop(STOP_GRACE)) {
          throw new LocalPostgresException(
              "An orphaned PostgreSQL server (pid "
                  + running.get().pid()
                  + ") holds "
                  + dir
                  + " and could not be stopped");
        }
      }
      // Left by a server that died (or was just killed): PostgreSQL itself would trust it if the
      // recorded id had since been reused.
      Files.deleteIfExists(dir.resolve(PostmasterPidFile.NAME));
    }
    write(ownerChannel, ServerOwner.currentProcess().format());
    EmbeddedPostgres started = startServer(dir, port);
    Optional<RunningProcess> process =
        PostmasterPidFile.read(dir).flatMap(pidFile -> RunningProcess.of(pidFile.pid()));
    return new LocalPostgres(started.getPort(), Optional.of(started), process, dir);
  }

  private static EmbeddedPostgres startServer(Path dir, int port) {
    Path log = besideDataDir(dir, ".log");
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(dir)
          .setCleanDataDirectory(false)
          .setPort(port)
          .setPGStartupWait(STARTUP_WAIT)
          // Loopback TCP only: no socket files in the shared /tmp, nothing reachable from outside.
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("unix_socket_directories", "")
          // The library turns both off for throwaway test databases; these are the app's users.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("max_connections", "100")
          .setOutputRedirector(Redirect.appendTo(log.toFile()))
          .setErrorRedirector(Redirect.appendTo(log.toFile()))
          .start();
    } catch (IOException | RuntimeException e) {
      throw new LocalPostgresException(
          "PostgreSQL did not start on "
              + dir
              + (port == 0 ? "" : " (port " + port + ")")
              + ": "
              + e.getMessage()
              + "; its log is "
              + log,
          e);
    }
  }

  private void createDatabaseIfMissing(String database) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(SUPERUSER));
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
      }
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) { // duplicate_database: another process was quicker
        return;
      }
      throw new LocalPostgresException(
          "Could not create database " + database + " on port " + port + ": " + e.getMessage(), e);
    }
  }

  /** Forgets our claim on the directory, unless another process has made its own since. */
  private void releaseOwnership() {
    try (FileChannel owner = FileChannel.open(besideDataDir(dataDir, ".owner"), READ, WRITE)) {
      owner.lock(); // released as the channel closes
      Optional<ServerOwner> recorded = ServerOwner.parse(read(owner));
      if (recorded.isPresent() && recorded.get().pid() == ProcessHandle.current().pid()) {
        owner.truncate(0);
      }
    } catch (IOException e) {
      // An owner file naming a process whose server has stopped misleads nobody: with no
      // postmaster.pid left, the next start starts afresh.
    }
  }

  /**
   * Whether a server answers on {@code port} and serves {@code dir}, retrying for {@code wait} (it
   * may be finishing its startup or crash recovery).
   */
  private static boolean answersWithin(int port, Path dir, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!answers(port, dir)) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(ANSWER_RETRY.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private static boolean answers(int port, Path dir) {
    if (port <= 0) {
      return false;
    }
    Properties properties = new Properties();
    properties.setProperty("connectTimeout", "2");
    properties.setProperty("socketTimeout", "5");
    try (Connection connection = DriverManager.getConnection(jdbcUrl(port, SUPERUSER), properties);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW data_directory")) {
      return rows.next() && Files.isSameFile(Path.of(rows.getString(1)), dir);
    } catch (SQLException | IOException e) {
      return false;
    }
  }

  private static String jdbcUrl(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
  }

  private static Path besideDataDir(Path dir, String suffix) {
    return dir.resolveSibling(dir.getFileName() + suffix);
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  private static void write(FileChannel channel, String text) throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }
}
