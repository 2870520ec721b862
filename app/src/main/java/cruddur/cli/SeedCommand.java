package cruddur.cli;

import cruddur.local.Services;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.Participant;
import cruddur.seed.ConversationSeed;
import cruddur.seed.Dialogue;
import cruddur.seed.SyntheticSeed;
import java.io.PrintWriter;
import java.time.Clock;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code ./cruddur ddb seed}: the sample conversation, or large synthetic data for benchmarks. */
@Command(
    name = "seed",
    mixinStandardHelpOptions = true,
    description = {
      "Write the sample conversation between andrewbrown and bayko (users from PostgreSQL): about a"
          + " hundred alternating lines, one minute apart, ending a minute ago. Seeding again leaves"
          + " an existing conversation alone.",
      "With --messages, write large synthetic data instead (for benchmarks)."
    })
final class SeedCommand implements Runnable {
  private final Services services;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "prod", description = Prod.DESCRIPTION)
  String prod;

  @Option(
      names = "--messages",
      paramLabel = "N",
      description = "Write N synthetic messages, in batches of 25.")
  Long messages;

  @Option(
      names = "--conversations",
      paramLabel = "M",
      defaultValue = "100",
      description =
          "Spread the synthetic messages over M conversations of andrewbrown (default: ${DEFAULT-VALUE}).")
  int conversations;

  // One writer per core: more only adds context switches on a small machine where the engine
  // shares the cores (1M messages on 2 cores: 8 writers 10-15k items/s, 2 writers about 20k).
  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Concurrent writers for synthetic data (default: one per core).")
  Integer threads;

  SeedCommand(Services services) {
    this.services = services;
  }

  @Override
  public void run() {
    boolean toAws = Prod.requested(spec, prod);
    if (messages != null) {
      synthetic(toAws);
      return;
    }
    DynamoDbClient client = services.dynamo(toAws);
    String table = services.tableName();
    Participant andrew =
        Participant.of(PatternCommands.user(services, PatternCommands.DEFAULT_USER));
    Participant bayko =
        Participant.of(PatternCommands.user(services, PatternCommands.DEFAULT_OTHER));
    ConversationSeed.Result result =
        new ConversationSeed(
                new ConversationRepository(client, table),
                new MessageRepository(client, table),
                Clock.systemUTC())
            .seed(andrew, bayko, Dialogue.lines());
    PrintWriter out = spec.commandLine().getOut();
    if (result.messagesWritten() == 0) {
      out.println(
          "andrewbrown and bayko already have a conversation ("
              + result.groupUuid()
              + "); nothing written");
    } else {
      out.println(
          "seeded a conversation between andrewbrown and bayko: "
              + result.messagesWritten()
              + " messages, group "
              + result.groupUuid());
    }
  }

  private void synthetic(boolean toAws) {
    if (messages < 1 || conversations < 1 || messages < conversations) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--messages must be at least --conversations, and both at least 1");
    }
    int writers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (writers < 1 || writers > 64) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1..64");
    }
    Participant owner =
        Participant.of(PatternCommands.user(services, PatternCommands.DEFAULT_USER));
    SyntheticSeed seed =
        new SyntheticSeed(services.dynamo(toAws), services.tableName(), Clock.systemUTC(), writers);
    long total = SyntheticSeed.itemCount(messages, conversations);
    SyntheticSeed.Result result;
    if (System.console() != null) {
      try (ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName("seeding")
              .setInitialMax(total)
              .setUnit(" items", 1)
              .showSpeed()
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build()) {
        result = seed.write(owner, messages, conversations, bar::stepBy);
      }
    } else {
      result = seed.write(owner, messages, conversations, written -> {});
    }
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d items (%d messages in %d conversations) in %.1f s: %.0f items/s%n",
            result.items(),
            messages,
            conversations,
            result.elapsed().toNanos() / 1e9,
            result.itemsPerSecond());
  }
}
