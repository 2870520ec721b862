package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.server.RawDynamo.Answer;
import cruddur.dynamo.storage.KeyCodec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strings are stored exactly as sent: what is not valid Unicode (a lone UTF-16 surrogate, escaped
 * or raw) is refused wherever it stands, instead of being stored as another string.
 */
class UnicodeTest {
  private static DynamoServer server;
  private static RawDynamo raw;
  private static String table;

  @BeforeAll
  static void start() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    raw = new RawDynamo(server.endpoint());
    table = raw.createHashTable();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void twoKeysWithDifferentLoneSurrogatesNeverBecomeOneItem() {
    Answer first = put("{\"pk\":{\"S\":\"k\\ud800\"},\"n\":{\"N\":\"1\"}}");
    Answer second = put("{\"pk\":{\"S\":\"k\\ud801\"},\"n\":{\"N\":\"2\"}}");
    Answer scan = raw.call("Scan", "{'TableName': '" + table + "'}");

    assertSerialization(first);
    assertSerialization(second);
    assertThat(scan.body().get("Items").toString()).doesNotContain("k?");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"pk\":{\"S\":\"a\"},\"v\":{\"S\":\"x\\udc00y\"}}",
        "{\"pk\":{\"S\":\"a\"},\"v\":{\"SS\":[\"ok\",\"\\ud83d\"]}}",
        "{\"pk\":{\"S\":\"a\"},\"v\":{\"M\":{\"in\\ud800\":{\"S\":\"x\"}}}}",
        "{\"pk\":{\"S\":\"a\"},\"name\\udfff\":{\"S\":\"x\"}}",
        "{\"pk\":{\"S\":\"a\"},\"v\":{\"L\":[{\"S\":\"\\ude00\\ud83d\"}]}}"
      })
  void aLoneSurrogateInAnyAttributeIsRefused(String item) {
    assertSerialization(put(item));
  }

  @Test
  void aLoneSurrogateInAnExpressionValueIsRefused() {
    Answer answer =
        send(
            "UpdateItem",
            "{\"TableName\":\""
                + table
                + "\",\"Key\":{\"pk\":{\"S\":\"a\"}},\"UpdateExpression\":\"SET v = :v\","
                + "\"ExpressionAttributeValues\":{\":v\":{\"S\":\"\\ud800\"}}}");

    assertSerialization(answer);
  }

  @Test
  void aRawlyEncodedSurrogateIsRefusedToo() {
    // "k" then U+D800 encoded as three bytes (CESU-8), which is not UTF-8.
    byte[] body =
        KeyCodec.concat(
            ("{\"TableName\":\"" + table + "\",\"Item\":{\"pk\":{\"S\":\"k").getBytes(),
            HexFormat.of().parseHex("eda080"),
            "\"}}}".getBytes());

    assertSerialization(raw.send("PutItem", body));
  }

  @Test
  void aPairedSurrogateIsStoredAndReadBackExactly() {
    Answer put = put("{\"pk\":{\"S\":\"emoji\\ud83d\\ude00\"}}");
    Answer get =
        send(
            "GetItem",
            "{\"TableName\":\"" + table + "\",\"Key\":{\"pk\":{\"S\":\"emoji\\ud83d\\ude00\"}}}");

    assertThat(put.status()).isEqualTo(200);
    assertThat(get.body().at("/Item/pk/S").textValue()).isEqualTo("emoji\uD83D\uDE00");
  }

  private static Answer put(String item) {
    return send("PutItem", "{\"TableName\":\"" + table + "\",\"Item\":" + item + "}");
  }

  private static Answer send(String operation, String json) {
    return raw.send(operation, json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertSerialization(Answer answer) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
  }
}
