package cruddur.dynamo.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine in a child JVM on a data directory, as {@code cruddur dynamo} runs it, for tests that
 * kill it with SIGKILL and start it again on the same data.
 */
final class EngineProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  private final Process process;
  private final URI endpoint;

  private EngineProcess(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  /** Starts an engine on {@code dataDir} and returns once it listens. */
  static EngineProcess start(Path dataDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            DynamoMain.class.getName(),
            "--port",
            "0",
            "--data-dir",
            dataDir.toString());
    pb.redirectErrorStream(true);
    Process process = pb.start();
    try {
      return new EngineProcess(process, endpointOf(process));
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  URI endpoint() {
    return endpoint;
  }

  /** SIGKILL: the process gets no chance to flush or close anything. */
  void kill() {
    try {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static URI endpointOf(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (out.readLine() != null) {
                      // keep the pipe from filling
                    }
                  } catch (IOException ignored) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return URI.create(m.group(1));
      }
    }
    throw new IllegalStateException("the engine exited before listening");
  }
}
