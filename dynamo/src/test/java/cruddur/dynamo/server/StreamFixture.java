package cruddur.dynamo.server;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** What the streams tests share: an engine of a test's own, a clock it moves, tables, reading. */
final class StreamFixture {
  private StreamFixture() {}

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
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

  /** An engine of the test's own: on disk, or on a clock the test moves. */
  static final class Engine implements AutoCloseable {
    final DynamoServer server;
    final DynamoDbClient client;
    final DynamoDbStreamsClient streams;

    Engine(DynamoConfig config, Clock clock) {
      server = DynamoServer.start(config, clock);
      client = EngineFixture.client(server.endpoint());
      streams = streamsClient(server.endpoint());
    }

    @Override
    public void close() {
      streams.close();
      client.close();
      server.close();
    }
  }

  /** What reading a shard from its trim horizon gave, and whether it reached a closed end. */
  record ShardRead(List<Record> records, boolean ended) {}

  static DynamoDbStreamsClient streamsClient(URI endpoint) {
    return DynamoDbStreamsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.builder().build())
        .build();
  }

  /** A pay-per-request table with a string hash key {@code pk}, with a stream unless null. */
  static String createTable(DynamoDbClient client, StreamViewType view) {
    String name = EngineFixture.uniqueName("s");
    createTable(client, name, view);
    return name;
  }

  static void createTable(DynamoDbClient client, String name, StreamViewType view) {
    client.createTable(
        r -> {
          r.tableName(name)
              .attributeDefinitions(
                  AttributeDefinition.builder()
                      .attributeName("pk")
                      .attributeType(ScalarAttributeType.S)
                      .build())
              .keySchema(
                  KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
              .billingMode(BillingMode.PAY_PER_REQUEST);
          if (view != null) {
            r.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
          }
        });
  }

  /**
   * Reads a shard from its trim horizon, page by page ({@code limit} records each), until a page
   * comes without a next iterator (the end of a closed shard) or empty (an open shard, for now).
   */
  static ShardRead readShard(DynamoDbStreamsClient streams, String arn, String shardId, int limit) {
    String iterator =
        streams
            .getShardIterator(
                r ->
                    r.streamArn(arn)
                        .shardId(shardId)
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
            .shardIterator();
    List<Record> records = new ArrayList<>();
    while (true) {
      String at = iterator;
      GetRecordsResponse page = streams.getRecords(r -> r.shardIterator(at).limit(limit));
      records.addAll(page.records());
      if (page.nextShardIterator() == null) {
        return new ShardRead(records, true);
      }
      if (page.records().isEmpty()) {
        return new ShardRead(records, false);
      }
      iterator = page.nextShardIterator();
    }
  }

  /** The hash keys of records, in order. */
  static List<String> keys(List<Record> records) {
    return records.stream().map(r -> r.dynamodb().keys().get("pk").s()).toList();
  }
}
