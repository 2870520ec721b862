package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Raw JSON requests to an engine over HTTP, for requests an SDK would refuse to send and for the
 * exact error bodies it would hide. Requests are written as JSON with single quotes.
 */
final class RawDynamo {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNameLength(1 << 20).build())
                  .build())
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  /** An answer: its status, the error name after {@code #}, and the error message, if any. */
  record Answer(int status, String type, String message, JsonNode body) {}

  private final URI endpoint;
  private final HttpClient http = HttpClient.newHttpClient();

  RawDynamo(URI endpoint) {
    this.endpoint = endpoint;
  }

  Answer call(String operation, String singleQuotedJson) {
    try {
      String body = MAPPER.writeValueAsString(MAPPER.readTree(singleQuotedJson));
      return send(operation, body.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends these exact bytes as the body, for what a JSON library would not write. */
  Answer send(String operation, byte[] body) {
    return send("DynamoDB_20120810." + operation, "application/x-amz-json-1.0", body);
  }

  /** Sends these exact bytes with this target (service prefix and operation) and content type. */
  Answer send(String target, String contentType, byte[] body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(endpoint + "/"))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .header("Content-Type", contentType)
              .header("X-Amz-Target", target)
              .header("X-Amz-Date", "20260101T000000Z")
              .header(
                  "Authorization",
                  "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request,"
                      + " SignedHeaders=host;x-amz-date, Signature=abc")
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json =
          response.body().startsWith("{")
              ? MAPPER.readTree(response.body())
              : MAPPER.createObjectNode().put("text", response.body());
      String type = json.path("__type").asText(null);
      JsonNode message = json.has("message") ? json.get("message") : json.get("Message");
      return new Answer(
          response.statusCode(),
          type == null ? null : type.substring(type.indexOf('#') + 1),
          message == null ? null : message.asText(),
          json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Creates a pay-per-request table with a string hash key {@code pk}; returns its name. */
  String createHashTable() {
    String name = EngineFixture.uniqueName("raw");
    Answer answer =
        call(
            "CreateTable",
            "{'TableName': '"
                + name
                + "', 'BillingMode': 'PAY_PER_REQUEST',"
                + " 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'}],"
                + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}]}");
    if (answer.status() != 200) {
      throw new IllegalStateException("CreateTable failed: " + answer);
    }
    return name;
  }

  /** Asserts a 400 ValidationException with exactly this message. */
  static void assertValidation(Answer answer, String message) {
    assertThat(answer.status()).as(answer.message()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("ValidationException");
    assertThat(answer.message()).isEqualTo(message);
  }
}
