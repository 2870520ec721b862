package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON 1.0 protocol at the HTTP level: headers, CRC, and errors for malformed requests. */
class WireProtocolTest {
  private static final String AUTH =
      "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb"
          + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc";
  private static DynamoServer server;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(
      String target, String body, String contentType, String auth) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType)
            .header("X-Amz-Date", "20260101T000000Z");
    if (target != null) {
      b.header("X-Amz-Target", target);
    }
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String target, String body) throws Exception {
    return post(target, body, "application/x-amz-json-1.0", AUTH);
  }

  @Test
  void responsesCarryARequestIdAndTheCrc32OfTheBody() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.ListTables", "{}");

    CRC32 crc = new CRC32();
    crc.update(response.body().getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-amz-crc32"))
        .hasValue(Long.toString(crc.getValue()));
    assertThat(response.headers().firstValue("x-amzn-RequestId")).get().asString().hasSize(52);
  }

  @Test
  void malformedJsonIsASerializationException() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.ListTables", "{\"Limit\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("com.amazon.coral.service#SerializationException");
  }

  @Test
  void aJsonArrayBodyIsASerializationException() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.ListTables", "[1,2]");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("SerializationException");
  }

  @Test
  void anUnknownTargetIsAnUnknownOperationException() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.Frobnicate", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("com.amazon.coral.service#UnknownOperationException");
  }

  @Test
  void aMissingTargetIsAnUnknownOperationException() throws Exception {
    HttpResponse<String> response = post(null, "{}");

    assertThat(response.body()).contains("UnknownOperationException");
  }

  @Test
  void noAuthorizationIsAMissingAuthenticationToken() throws Exception {
    HttpResponse<String> response =
        post("DynamoDB_20120810.ListTables", "{}", "application/x-amz-json-1.0", null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("MissingAuthenticationTokenException")
        .contains("Request is missing Authentication Token");
  }

  @Test
  void anAuthorizationHeaderWithoutASignatureIsIncomplete() throws Exception {
    HttpResponse<String> response =
        post(
            "DynamoDB_20120810.ListTables",
            "{}",
            "application/x-amz-json-1.0",
            "AWS4-HMAC-SHA256 Credential=a/b/c/d/e");

    assertThat(response.body())
        .contains("IncompleteSignatureException")
        .contains("Authorization header requires 'Signature' parameter.");
  }

  @Test
  void anotherContentTypeIsNotFound() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.ListTables", "{}", "text/plain", AUTH);

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void aWrongJsonTypeForAMemberIsASerializationException() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.DescribeTable", "{\"TableName\": 5}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("SerializationException")
        .contains("NUMBER_VALUE cannot be converted to String");
  }

  @Test
  void aSerializationExceptionSpellsItsMessageKeyWithACapitalM() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.DescribeTable", "{\"TableName\": 5}");

    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"Message\":\"NUMBER_VALUE cannot be converted to String\"}");
  }

  @Test
  void aListTablesLimitOfTheWrongTypeCannotBeConvertedToInteger() throws Exception {
    assertThat(post("DynamoDB_20120810.ListTables", "{\"Limit\": \"ten\"}").body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"Message\":\"STRING_VALUE cannot be converted to Integer\"}");
    assertThat(post("DynamoDB_20120810.ListTables", "{\"Limit\": true}").body())
        .contains("\"Message\":\"TRUE_VALUE cannot be converted to Integer\"");
  }

  @Test
  void aMissingRequiredMemberIsAValidationException() throws Exception {
    HttpResponse<String> response = post("DynamoDB_20120810.Scan", "{}");

    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"1"
                + " validation error detected: Value null at 'tableName' failed to satisfy"
                + " constraint: Member must not be null\"}");
  }

  @Test
  void anInvalidAttributeValueShapeIsRejectedWithoutHarm() throws Exception {
    HttpResponse<String> response =
        post(
            "DynamoDB_20120810.PutItem",
            "{\"TableName\": \"nope\", \"Item\": {\"a\": {\"S\": \"x\", \"N\": \"1\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("ValidationException")
        .contains("Supplied AttributeValue has more than one datatypes set");
    assertThat(post("DynamoDB_20120810.ListTables", "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyOverSixteenMegabytesIsRefusedAndTheServerCarriesOn() throws Exception {
    String huge = "{\"TableName\": \"" + "x".repeat(16 * 1024 * 1024) + "\"}";

    HttpResponse<String> response = post("DynamoDB_20120810.DescribeTable", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(post("DynamoDB_20120810.ListTables", "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void aChunkedBodyOverSixteenMegabytesIsRefusedAndTheServerCarriesOn() throws Exception {
    byte[] huge =
        ("{\"TableName\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    // A body of unknown length goes out with Transfer-Encoding: chunked, without Content-Length.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810.DescribeTable")
            .header("X-Amz-Date", "20260101T000000Z")
            .header("Authorization", AUTH)
            .build();

    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(post("DynamoDB_20120810.ListTables", "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void aHealthCheckGetAnswers() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("healthy");
  }
}
