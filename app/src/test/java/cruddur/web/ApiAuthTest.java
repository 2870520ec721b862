package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.auth.AccessTokenVerifier;
import cruddur.auth.CognitoKeys;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiAuthTest {
  @Test
  void aJwksServerThatIsDownMakesRequestsFailClosedWith401NotHang() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort(); // closed again below: nothing listens there
    }
    URI jwks = URI.create("http://127.0.0.1:" + closedPort + "/.well-known/jwks.json");
    try (ApiFixture api =
        new ApiFixture(
            SendLimit.DEFAULT,
            issuer ->
                new AccessTokenVerifier(
                    issuer.issuer(),
                    issuer.clientId(),
                    CognitoKeys.at(issuer.issuer(), jwks),
                    Clock.systemUTC(),
                    Duration.ofSeconds(60)))) {
      String token = api.issuer.signAccessToken("sub-1", "andrewbrown", Duration.ofMinutes(5));
      long started = System.nanoTime();

      ApiFixture.Answer answer = api.get("/api/message_groups", token);

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.body()).isEqualTo("{}");
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as("a guard against hanging, not a timing")
          .isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void aTokenOfTheRightShapeForAnotherAppClientIsRefused() {
    try (ApiFixture api =
        new ApiFixture(
            SendLimit.DEFAULT,
            issuer ->
                new AccessTokenVerifier(
                    issuer.issuer(),
                    "another-app-client",
                    issuer.keys(),
                    Clock.systemUTC(),
                    Duration.ofSeconds(60)))) {
      String token = api.signIn("andrewbrown");

      assertThat(api.get("/api/message_groups", token).status()).isEqualTo(401);
    }
  }
}
