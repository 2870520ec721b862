package cruddur.users;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {
  @TempDir Path temp;

  @Test
  void startCreatesTheCruddurDatabase() throws SQLException {
    try (LocalPostgres postgres = LocalPostgres.start(temp.resolve("data"), 0)) {
      assertThat(query(postgres.jdbcUrl("cruddur"), "SELECT current_database()"))
          .containsExactly("cruddur");
    }
  }

  @Test
  void dataSurvivesAStopAndAStartOnTheSameDirectory() throws SQLException {
    Path dataDir = temp.resolve("data");
    try (LocalPostgres postgres = LocalPostgres.start(dataDir, 0)) {
      execute(postgres.jdbcUrl("cruddur"), "CREATE TABLE kept (note text)");
      execute(postgres.jdbcUrl("cruddur"), "INSERT INTO kept VALUES ('across restarts')");
    }

    try (LocalPostgres postgres = LocalPostgres.start(dataDir, 0)) {
      assertThat(query(postgres.jdbcUrl("cruddur"), "SELECT note FROM kept"))
          .containsExactly("across restarts");
    }
  }

  @Test
  void closeStopsTheServerItStarted() {
    Path dataDir = temp.resolve("data");
    LocalPostgres postgres = LocalPostgres.start(dataDir, 0);
    long pid = PostmasterPidFile.read(dataDir).orElseThrow().pid();

    postgres.close();

    assertThat(RunningProcess.of(pid)).isEmpty();
    assertThat(dataDir.resolve(PostmasterPidFile.NAME)).doesNotExist();
  }

  @Test
  void aSecondStartOnADirectoryWithALiveOwnerConnectsToItsServer() throws SQLException {
    Path dataDir = temp.resolve("data");
    try (LocalPostgres owner = LocalPostgres.start(dataDir, 0)) {
      long ownersPostmaster = PostmasterPidFile.read(dataDir).orElseThrow().pid();

      try (LocalPostgres second = LocalPostgres.start(dataDir, 0)) {
        assertThat(second.port()).isEqualTo(owner.port());
        execute(second.jdbcUrl("cruddur"), "CREATE TABLE shared (note text)");
      }

      // Closing the second left the owner's server running, untouched.
      assertThat(PostmasterPidFile.read(dataDir).map(PostmasterPidFile::pid))
          .contains(ownersPostmaster);
      assertThat(query(owner.jdbcUrl("cruddur"), "SELECT count(*) FROM shared"))
          .containsExactly("0");
    }
  }

  @Test
  void aStalePidFileOfAnExitedProcessIsReplaced() throws Exception {
    Path dataDir = temp.resolve("data");
    LocalPostgres.start(dataDir, 0).close();
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor();
    writePidFile(dataDir, exited.pid());

    try (LocalPostgres postgres = LocalPostgres.start(dataDir, 0)) {
      assertThat(query(postgres.jdbcUrl("cruddur"), "SELECT 1")).containsExactly("1");
    }
  }

  @Test
  void aProcessThatReusedTheRecordedPidIsLeftAlone() throws Exception {
    Path dataDir = temp.resolve("data");
    LocalPostgres.start(dataDir, 0).close();
    Process unrelated = new ProcessBuilder("sleep", "60").start();
    try {
      writePidFile(dataDir, unrelated.pid());

      try (LocalPostgres postgres = LocalPostgres.start(dataDir, 0)) {
        assertThat(query(postgres.jdbcUrl("cruddur"), "SELECT 1")).containsExactly("1");
      }
      assertThat(unrelated.isAlive()).isTrue();
    } finally {
      unrelated.destroyForcibly().waitFor();
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void theOrphanOfAKilledJvmIsStoppedAndItsDataKept() throws Exception {
    Path dataDir = temp.resolve("data");
    Process child = startChildJvm(dataDir);
    Optional<RunningProcess> orphan = Optional.empty();
    try {
      awaitReady(child);
      long orphanPid = PostmasterPidFile.read(dataDir).orElseThrow().pid();
      child.destroyForcibly().waitFor();
      orphan = RunningProcess.of(orphanPid);
      assertThat(orphan).as("the killed JVM's server outlives it").isPresent();

      try (LocalPostgres postgres = LocalPostgres.start(dataDir, 0)) {
        assertThat(query(postgres.jdbcUrl("cruddur"), "SELECT note FROM survivor"))
            .containsExactly(UnclosedServerMain.ROW);
        assertThat(RunningProcess.of(orphanPid)).as("the orphan").isEmpty();
      }
    } finally {
      child.destroyForcibly().waitFor();
      orphan.ifPresent(process -> process.stop(Duration.ofSeconds(5)));
    }
  }

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS)
  void aServerOwnedByAnotherLiveJvmIsSharedAndLeftRunning() throws Exception {
    Path dataDir = temp.resolve("data");
    Process child = startChildJvm(dataDir);
    try {
      awaitReady(child);
      long childsPostmaster = PostmasterPidFile.read(dataDir).orElseThrow().pid();

      try (LocalPostgres shared = LocalPostgres.start(dataDir, 0)) {
        assertThat(query(shared.jdbcUrl("cruddur"), "SELECT note FROM survivor"))
            .containsExactly(UnclosedServerMain.ROW);
      }

      assertThat(RunningProcess.of(childsPostmaster)).as("the child's server").isPresent();
    } finally {
      // The child is killed, so its orphan is left to the next start: stop it here instead.
      long postmaster = PostmasterPidFile.read(dataDir).map(PostmasterPidFile::pid).orElse(-1L);
      child.destroyForcibly().waitFor();
      RunningProcess.of(postmaster).ifPresent(process -> process.stop(Duration.ofSeconds(5)));
    }
  }

  private Process startChildJvm(Path dataDir) throws IOException {
    return ChildJvm.main(UnclosedServerMain.class.getName(), dataDir.toString())
        .redirectError(temp.resolve("child.err").toFile())
        .start();
  }

  private void awaitReady(Process child) throws IOException {
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line)
          .as("child JVM said ready; its stderr:%n%s", Files.readString(temp.resolve("child.err")))
          .isEqualTo(UnclosedServerMain.READY);
    }
  }

  /** A postmaster.pid as PostgreSQL writes it, naming {@code pid}. */
  private static void writePidFile(Path dataDir, long pid) throws IOException {
    Files.writeString(
        dataDir.resolve(PostmasterPidFile.NAME),
        String.join(
            "\n",
            Long.toString(pid),
            dataDir.toString(),
            "1700000000",
            "5999",
            "",
            "127.0.0.1",
            "  5999001         0",
            "ready   ",
            ""));
  }

  private static void execute(String jdbcUrl, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> query(String jdbcUrl, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
