package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.dynamo.server.DynamoConfig;
import cruddur.dynamo.server.DynamoServer;
import cruddur.messages.ConversationRepository;
import cruddur.messages.MessageRepository;
import cruddur.messages.MessagesSchema;
import cruddur.messages.Participant;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The poller across shards and streams, on an engine of its own whose clock the test moves: shards
 * roll over after four hours, and a stream disabled and enabled again is a new stream.
 */
class StreamPollerShardsTest {
  private static final String TABLE = "cruddur-messages";

  @TempDir Path dir;

  private final MovableClock clock = new MovableClock();
  private final DynamoServer engine = DynamoServer.start(DynamoConfig.inMemory(), clock);
  private final DynamoDbClient dynamo =
      DynamoDbClient.builder()
          .endpointOverride(engine.endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(credentials())
          .httpClient(Apache5HttpClient.builder().build())
          .build();
  private final DynamoDbStreamsClient streams =
      DynamoDbStreamsClient.builder()
          .endpointOverride(engine.endpoint())
          .region(Region.US_EAST_1)
          .credentialsProvider(credentials())
          .httpClient(Apache5HttpClient.builder().build())
          .build();
  private final ConversationRepository conversations = new ConversationRepository(dynamo, TABLE);
  private final MessageRepository messages = new MessageRepository(dynamo, TABLE);
  private final MessageStreamHandler handler =
      new MessageStreamHandler(new ConversationUpdater(conversations, messages));

  @AfterEach
  void stop() {
    streams.close();
    dynamo.close();
    engine.close();
  }

  @Test
  void itReadsEveryShardAndEveryStreamOfTheTableOnceEachParentBeforeItsChild() {
    new MessagesSchema(dynamo, TABLE).createTable();
    Participant andrew = StreamFixture.user("andrewbrown");
    Participant bayko = StreamFixture.user("bayko");
    UUID group = conversations.start(andrew, bayko, "hi", UUID.randomUUID(), T0).groupUuid();
    send(group, bayko, 1, 3);
    clock.advance(Duration.ofHours(5)); // the next write opens a child shard
    send(group, andrew, 4, 6);
    setStream(false);
    setStream(true); // a new stream, with a new ARN
    send(group, bayko, 7, 8);
    List<String> handed = new ArrayList<>();
    Function<DynamodbEvent, StreamsEventResponse> recording =
        event -> {
          event.getRecords().forEach(r -> handed.add(r.getDynamodb().getSequenceNumber()));
          return handler.apply(event);
        };

    new StreamPoller(streams, TABLE, recording, dir.resolve("positions.json"), StreamFixture.FAST)
        .drain();

    var shards = allShards();
    assertThat(shards).hasSizeGreaterThanOrEqualTo(3);
    assertThat(handed).doesNotHaveDuplicates().isSorted();
    assertThat(conversations.find(andrew.uuid(), group).orElseThrow().lastMessage())
        .isEqualTo("message 8");
    // bayko sent 7 and 8 after andrew's last: andrew has two unread; bayko has read everything.
    assertThat(conversations.find(andrew.uuid(), group).orElseThrow().unread()).isEqualTo(2);
    assertThat(conversations.find(bayko.uuid(), group).orElseThrow().unread()).isZero();
  }

  private void send(UUID group, Participant sender, int from, int to) {
    for (int i = from; i <= to; i++) {
      messages.send(group, sender, "message " + i, UUID.randomUUID(), T0.plusSeconds(i));
    }
  }

  private void setStream(boolean enabled) {
    dynamo.updateTable(
        u ->
            u.tableName(TABLE)
                .streamSpecification(
                    s -> {
                      s.streamEnabled(enabled);
                      if (enabled) {
                        s.streamViewType(StreamViewType.NEW_AND_OLD_IMAGES);
                      }
                    }));
  }

  private List<String> allShards() {
    List<String> shards = new ArrayList<>();
    for (var stream : streams.listStreams(l -> l.tableName(TABLE)).streams()) {
      streams
          .describeStream(d -> d.streamArn(stream.streamArn()))
          .streamDescription()
          .shards()
          .forEach(s -> shards.add(s.shardId()));
    }
    return shards;
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  }

  /** A clock the test moves forward; the engine reads time only from it. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
