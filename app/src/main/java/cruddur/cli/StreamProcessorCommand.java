package cruddur.cli;

import cruddur.local.Services;
import cruddur.stream.MessageStreamHandler;
import cruddur.stream.StreamPoller;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./cruddur stream-processor}: the stream processor's local host, in the foreground until
 * Ctrl-C.
 */
@Command(
    name = "stream-processor",
    mixinStandardHelpOptions = true,
    description = {
      "Follow the messages table's stream and keep every conversation current: each new message"
          + " moves both participants' conversations to the top with its text and counts it"
          + " unread for the receiver (what the Lambda does on AWS). Runs until Ctrl-C.",
      "Uses AWS_ENDPOINT_URL, or the engine on 127.0.0.1:8000, or starts the engine on the data"
          + " directory. Its position in the stream is kept in a file, so a restart continues"
          + " where it stopped."
    })
final class StreamProcessorCommand implements Runnable {
  private final Services services;
  @Spec CommandSpec spec;

  @Option(
      names = "--positions",
      paramLabel = "FILE",
      description =
          "Where to keep the position in the stream (default: "
              + StreamPoller.POSITIONS_FILE
              + " in the data"
              + " directory, CRUDDUR_DATA_DIR or ./data).")
  Path positions;

  StreamProcessorCommand(Services services) {
    this.services = services;
  }

  @Override
  public void run() {
    String table = services.tableName();
    Path file =
        positions != null
            ? positions
            : services.environment().dataDir().resolve(StreamPoller.POSITIONS_FILE);
    MessageStreamHandler handler =
        MessageStreamHandler.forTable(services.dynamo(false), table, c -> {});
    CountDownLatch stopped = new CountDownLatch(1);
    try (StreamPoller poller =
        new StreamPoller(services.streams(), table, handler, file, StreamPoller.Options.DEFAULTS)) {
      poller.start();
      Runtime.getRuntime().addShutdownHook(new Thread(poller::close));
      spec.commandLine()
          .getOut()
          .printf(
              "Following the stream of %s at %s (position kept in %s). Ctrl-C stops.%n",
              table, services.localEndpoint(), file);
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
