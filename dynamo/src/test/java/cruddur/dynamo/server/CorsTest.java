package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Browser access to the engine: none unless origins are named, and then only for those. */
class CorsTest {
  private static final String PAGE = "http://localhost:3000";
  private static final String ELSEWHERE = "https://evil.example";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void byDefaultNoOriginMayCallTheEngineFromABrowser() throws Exception {
    try (DynamoServer server = DynamoServer.start(DynamoConfig.inMemory())) {
      HttpResponse<String> preflight = preflight(server, ELSEWHERE);
      HttpResponse<String> call = listTables(server, ELSEWHERE);

      assertThat(preflight.statusCode()).isEqualTo(403);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
      assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void aNamedOriginIsGrantedAndNoOtherIs() throws Exception {
    DynamoConfig config = DynamoConfig.inMemory().withCorsOrigins(List.of(PAGE));
    try (DynamoServer server = DynamoServer.start(config)) {
      HttpResponse<String> granted = preflight(server, PAGE);
      HttpResponse<String> grantedCall = listTables(server, PAGE);
      HttpResponse<String> refused = preflight(server, ELSEWHERE);
      HttpResponse<String> refusedCall = listTables(server, ELSEWHERE);

      assertThat(granted.statusCode()).isEqualTo(200);
      assertThat(granted.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PAGE);
      assertThat(granted.headers().firstValue("Access-Control-Allow-Headers"))
          .hasValue("content-type,x-amz-target,authorization,x-amz-date");
      assertThat(grantedCall.statusCode()).isEqualTo(200);
      assertThat(grantedCall.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PAGE);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(refusedCall.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void clientsThatSendNoOriginAreServedAsBefore() throws Exception {
    try (DynamoServer server = DynamoServer.start(DynamoConfig.inMemory())) {
      HttpResponse<String> call = listTables(server, null);

      assertThat(call.statusCode()).isEqualTo(200);
      assertThat(call.body()).contains("TableNames");
    }
  }

  private HttpResponse<String> preflight(DynamoServer server, String origin) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header(
                "Access-Control-Request-Headers",
                "content-type,x-amz-target,authorization,x-amz-date")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> listTables(DynamoServer server, String origin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "DynamoDB_20120810.ListTables")
            .header("X-Amz-Date", "20260101T000000Z")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/dynamodb/aws4_request,"
                    + " SignedHeaders=host;x-amz-date, Signature=abc");
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
