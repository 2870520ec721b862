package cruddur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import cruddur.testing.FreePort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code ./cruddur api --prod} refuses to start half-deployed; {@code health-check} answers. */
class ApiProdAndHealthCheckTest {
  @Test
  void prodWithoutAPostgresqlUrlStopsAndSaysWhichVariableToSet() {
    Cli.Result result =
        new Cli()
            .without("CONNECTION_URL")
            .with("AWS_COGNITO_USER_POOL_ID", "us-east-1_TestPool")
            .with("AWS_COGNITO_USER_POOL_CLIENT_ID", "client")
            .with("AWS_DEFAULT_REGION", "us-east-1")
            .run("api", "--prod", "--port", "0");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("--prod needs CONNECTION_URL").hasLineCount(1);
  }

  @Test
  void prodWithoutACognitoPoolStopsRatherThanSigningTokensItself() {
    Cli.Result result =
        new Cli().with("AWS_DEFAULT_REGION", "us-east-1").run("api", "--prod", "--port", "0");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .contains("AWS_COGNITO_USER_POOL_ID and AWS_COGNITO_USER_POOL_CLIENT_ID")
        .contains("the local sign-in never runs in prod");
  }

  @Test
  void healthCheckPassesOnlyWhenTheApiAnswers200() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/health-check",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.createContext(
        "/broken",
        exchange -> {
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    byte[] missingTable =
        "{\"error\":\"messages_table_missing\",\"message\":\"run ./cruddur ddb schema-load\"}"
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/missing-table",
        exchange -> {
          exchange.sendResponseHeaders(503, missingTable.length);
          exchange.getResponseBody().write(missingTable);
          exchange.close();
        });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      assertThat(new Cli().run("health-check", "--url", base + "/api/health-check").code())
          .isZero();
      Cli.Result broken = new Cli().run("health-check", "--url", base + "/broken");
      assertThat(broken.code()).isEqualTo(1);
      assertThat(broken.err()).contains("answered 503");
      Cli.Result missing = new Cli().run("health-check", "--url", base + "/missing-table");
      assertThat(missing.code()).isEqualTo(1);
      assertThat(missing.err())
          .contains("answered 503: ", "run ./cruddur ddb schema-load")
          .doesNotContain("is the API running");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void healthCheckFailsWhenNothingListens() throws IOException {
    int port = FreePort.find();
    Cli.Result result =
        new Cli().run("health-check", "--url", "http://127.0.0.1:" + port + "/api/health-check");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("did not answer").contains("is the API running");
  }
}
