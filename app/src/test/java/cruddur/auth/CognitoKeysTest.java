package cruddur.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CognitoKeysTest {
  private static final RSAKey KEY = Tokens.rsaKey("cognito-key-1");
  private static final RSAKey ROTATED = Tokens.rsaKey("cognito-key-2");

  @Test
  void poolNamesCognitosIssuerAndJwksUrl() {
    CognitoKeys keys = CognitoKeys.forPool("us-east-1", "us-east-1_AbC123xyz");

    assertThat(keys.issuer())
        .isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz");
    assertThat(keys.jwksUrl())
        .isEqualTo(
            URI.create(
                "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz/.well-known/jwks.json"));
  }

  @Test
  void aStandInServesThePoolsKeysAtCognitosPathWhileTheIssuerStaysThePools() {
    CognitoKeys pool = CognitoKeys.forPool("us-east-1", "us-east-1_AbC123xyz");

    CognitoKeys standIn = pool.servedFrom(URI.create("http://127.0.0.1:9000"));

    assertThat(standIn.issuer()).isEqualTo(pool.issuer());
    assertThat(standIn.jwksUrl())
        .isEqualTo(URI.create("http://127.0.0.1:9000/us-east-1_AbC123xyz/.well-known/jwks.json"));
  }

  @Test
  void poolIdThatIsNotOneIsRefused() {
    assertThatThrownBy(() -> CognitoKeys.forPool("us-east-1", "../../evil.example/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool id");
  }

  @Test
  void aThousandVerificationsFetchTheKeysOnce() throws IOException {
    try (JwksServer server = new JwksServer(Tokens.jwks(KEY))) {
      AccessTokenVerifier verifier = verifier(server);
      String token = Tokens.sign(KEY, Tokens.accessClaims().issuer(server.issuer()).build());

      for (int i = 0; i < 1_000; i++) {
        verifier.verify(token);
      }

      assertThat(server.fetches()).isEqualTo(1);
    }
  }

  @Test
  void aKeyRotatedInIsFetchedOnceThenAccepted() throws IOException {
    try (JwksServer server = new JwksServer(Tokens.jwks(KEY))) {
      AccessTokenVerifier verifier = verifier(server);
      verifier.verify(Tokens.sign(KEY, Tokens.accessClaims().issuer(server.issuer()).build()));
      server.publish(Tokens.jwks(KEY, ROTATED));
      String rotated = Tokens.sign(ROTATED, Tokens.accessClaims().issuer(server.issuer()).build());

      for (int i = 0; i < 10; i++) {
        assertThat(verifier.verify(rotated).subject()).isEqualTo(Tokens.SUBJECT);
      }
      assertThat(server.fetches()).isEqualTo(2);
    }
  }

  @Test
  void aFloodOfUnknownKeyIdsCostsAtMostOneMoreFetch() throws IOException {
    try (JwksServer server = new JwksServer(Tokens.jwks(KEY))) {
      AccessTokenVerifier verifier = verifier(server);
      verifier.verify(Tokens.sign(KEY, Tokens.accessClaims().issuer(server.issuer()).build()));

      for (int i = 0; i < 50; i++) {
        String forged =
            Tokens.sign(
                KEY,
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("made-up-" + i),
                Tokens.accessClaims().issuer(server.issuer()).build());
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
      }

      assertThat(server.fetches()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void aJwksServerThatNeverAnswersFailsVerificationWithinSeconds() throws IOException {
    // Connections complete in the kernel's backlog; nothing ever reads or answers them.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String issuer = "http://127.0.0.1:" + silent.getLocalPort();
      AccessTokenVerifier verifier =
          verifier(issuer, URI.create(issuer + "/.well-known/jwks.json"));
      String token = Tokens.sign(KEY, Tokens.accessClaims().issuer(issuer).build());
      long start = System.nanoTime();

      assertThatThrownBy(() -> verifier.verify(token))
          .isInstanceOf(InvalidTokenException.class)
          .hasMessageContaining("unavailable");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void aClosedPortFailsVerification() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    String issuer = "http://127.0.0.1:" + port;
    AccessTokenVerifier verifier = verifier(issuer, URI.create(issuer + "/.well-known/jwks.json"));
    String token = Tokens.sign(KEY, Tokens.accessClaims().issuer(issuer).build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("unavailable");
  }

  @Test
  void theLocalIssuersPublishedKeysVerifyItsTokensOverHttp(@TempDir Path directory)
      throws IOException {
    try (JwksServer server = new JwksServer("{\"keys\":[]}")) {
      LocalIssuer local = LocalIssuer.open(directory, server.issuer(), Clock.systemUTC());
      server.publish(local.jwksJson());
      CognitoKeys keys = CognitoKeys.at(server.issuer(), server.jwksUrl());
      AccessTokenVerifier verifier =
          new AccessTokenVerifier(
              keys.issuer(), local.clientId(), keys, Clock.systemUTC(), Duration.ofSeconds(60));

      VerifiedToken caller =
          verifier.verify(local.signAccessToken("sub-1", "andrewbrown", Duration.ofHours(1)));

      assertThat(caller.username()).isEqualTo("andrewbrown");
    }
  }

  private static AccessTokenVerifier verifier(JwksServer server) {
    return verifier(server.issuer(), server.jwksUrl());
  }

  private static AccessTokenVerifier verifier(String issuer, URI jwksUrl) {
    return new AccessTokenVerifier(
        issuer,
        Tokens.CLIENT_ID,
        CognitoKeys.at(issuer, jwksUrl),
        Tokens.CLOCK,
        AccessTokenVerifier.DEFAULT_SKEW);
  }
}
