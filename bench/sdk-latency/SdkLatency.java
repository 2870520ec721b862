import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * SDK-level latency: one AWS SDK v2 {@link DynamoDbClient} (URLConnection HTTP client by default,
 * or Apache 5), one thread,
 * GetItem and PutItem of ~200-byte items. Warms up, then times each call with System.nanoTime()
 * and prints p50/p90/p99 as markdown table rows. Last, as a floor, the same GetItem sent as raw
 * JSON over java.net.HttpURLConnection without the SDK.
 *
 * <p>Run (single-file source launch; see bench/sdk-latency.sh, which also starts the engine):
 * {@code java -cp <sdk classpath> bench/sdk-latency/SdkLatency.java http://127.0.0.1:PORT [warmup]
 * [measured] [label] [urlconnection|apache5]}. Loopback endpoints only.
 */
public final class SdkLatency {
  private static final String TABLE = "sdk_latency";
  private static final String PAYLOAD = "abcdefghij".repeat(17);
  private static final int KEYS = 1_000;

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: SdkLatency.java http://127.0.0.1:PORT [warmup=2000] [measured=10000] [label] [urlconnection|apache5]");
      System.exit(2);
    }
    URI endpoint = URI.create(args[0]);
    if (!"127.0.0.1".equals(endpoint.getHost()) && !"localhost".equals(endpoint.getHost())) {
      throw new IllegalArgumentException("loopback endpoints only: " + endpoint);
    }
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    String label = args.length > 3 ? args[3] : endpoint.toString();
    String http = args.length > 4 ? args[4] : "urlconnection";
    SdkHttpClient httpClient = switch (http) {
      case "urlconnection" -> UrlConnectionHttpClient.builder()
          .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(10)).build();
      case "apache5" -> Apache5HttpClient.builder()
          .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(10)).build();
      default -> throw new IllegalArgumentException("http client: urlconnection or apache5, not " + http);
    };
    label = label + " (" + http + ")";

    try (DynamoDbClient client = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClient(httpClient)
        .build()) {
      createTable(client);
      for (int i = 0; i < KEYS; i++) {
        put(client, i);
      }
      // Warm up both paths (JIT in the client and the server), then measure each separately.
      for (int i = 0; i < warmup; i++) {
        get(client, i % KEYS);
        put(client, i % KEYS);
      }
      long[] getNs = new long[measured];
      for (int i = 0; i < measured; i++) {
        long t = System.nanoTime();
        get(client, i % KEYS);
        getNs[i] = System.nanoTime() - t;
      }
      long[] putNs = new long[measured];
      for (int i = 0; i < measured; i++) {
        long t = System.nanoTime();
        put(client, i % KEYS);
        putNs[i] = System.nanoTime() - t;
      }
      // Floor for comparison: the same GetItem as raw JSON over java.net.HttpURLConnection (what
      // the URLConnection SDK client uses underneath), no SDK: signing, marshalling, interceptors.
      for (int i = 0; i < warmup; i++) {
        rawGet(endpoint, i % KEYS);
      }
      long[] rawNs = new long[measured];
      for (int i = 0; i < measured; i++) {
        long t = System.nanoTime();
        rawGet(endpoint, i % KEYS);
        rawNs[i] = System.nanoTime() - t;
      }
      System.out.println(row(label, "GetItem", getNs));
      System.out.println(row(label, "PutItem", putNs));
      System.out.println(row(label, "GetItem, raw HttpURLConnection (no SDK)", rawNs));
    }
  }

  private static void createTable(DynamoDbClient client) throws InterruptedException {
    try {
      client.describeTable(b -> b.tableName(TABLE));
      return;
    } catch (ResourceNotFoundException e) {
      // create it below
    }
    client.createTable(b -> b.tableName(TABLE)
        .attributeDefinitions(
            AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
            AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
        .keySchema(
            KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (client.describeTable(b -> b.tableName(TABLE)).table().tableStatus() != TableStatus.ACTIVE) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("table not ACTIVE after 30 s");
      }
      Thread.sleep(20);
    }
  }

  private static Map<String, AttributeValue> key(int i) {
    Map<String, AttributeValue> key = new HashMap<>();
    key.put("pk", AttributeValue.fromS("p#0"));
    key.put("sk", AttributeValue.fromS(String.format("s#%04d", i)));
    return key;
  }

  private static void put(DynamoDbClient client, int i) {
    Map<String, AttributeValue> item = key(i);
    item.put("data", AttributeValue.fromS(PAYLOAD));
    item.put("n", AttributeValue.fromN(Integer.toString(i)));
    client.putItem(b -> b.tableName(TABLE).item(item));
  }

  private static void get(DynamoDbClient client, int i) {
    GetItemResponse r = client.getItem(b -> b.tableName(TABLE).key(key(i)));
    if (!r.hasItem() || !PAYLOAD.equals(r.item().get("data").s())) {
      throw new IllegalStateException("GetItem returned no item for " + i);
    }
  }

  private static void rawGet(URI endpoint, int i) throws Exception {
    byte[] body = String.format("{\"TableName\":\"%s\",\"Key\":{\"pk\":{\"S\":\"p#0\"},"
        + "\"sk\":{\"S\":\"s#%04d\"}}}", TABLE, i).getBytes(StandardCharsets.UTF_8);
    HttpURLConnection c = (HttpURLConnection) endpoint.toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setFixedLengthStreamingMode(body.length);
    c.setRequestProperty("Content-Type", "application/x-amz-json-1.0");
    c.setRequestProperty("X-Amz-Target", "DynamoDB_20120810.GetItem");
    c.setRequestProperty("X-Amz-Date", "20260101T000000Z");
    c.setRequestProperty("Authorization", "AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/"
        + "dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0");
    try (OutputStream out = c.getOutputStream()) {
      out.write(body);
    }
    if (c.getResponseCode() != 200) {
      throw new IllegalStateException("raw GetItem: HTTP " + c.getResponseCode());
    }
    try (InputStream in = c.getInputStream()) {
      if (!new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(PAYLOAD)) {
        throw new IllegalStateException("raw GetItem returned no item for " + i);
      }
    }
  }

  private static String row(String label, String op, long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0) / 1e6;
    return String.format("| %s | %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |", label, op, s.length,
        pct(s, 50), pct(s, 90), pct(s, 99), mean, s[s.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }
}
