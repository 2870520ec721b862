package cruddur.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalIssuerTest {
  private static final String ISSUER = "http://127.0.0.1:4567";
  private static final Duration HOUR = Duration.ofHours(1);

  @TempDir Path directory;

  @Test
  void localTokenVerifiesAndNamesItsCaller() {
    LocalIssuer issuer = issuer();
    String token = issuer.signAccessToken("sub-1", "andrewbrown", HOUR);

    assertThat(verifierFor(issuer).verify(token))
        .extracting(VerifiedToken::subject, VerifiedToken::username, VerifiedToken::clientId)
        .containsExactly("sub-1", "andrewbrown", LocalIssuer.CLIENT_ID);
  }

  @Test
  void aSecondIssuerOnTheSameDirectoryVerifiesTheFirstOnesTokens() {
    String token = issuer().signAccessToken("sub-1", "andrewbrown", HOUR);

    LocalIssuer restarted = issuer();

    assertThat(verifierFor(restarted).verify(token).subject()).isEqualTo("sub-1");
  }

  @Test
  void anIssuerOnAnotherDirectoryRejectsTheFirstOnesTokens(@TempDir Path elsewhere) {
    String token = issuer().signAccessToken("sub-1", "andrewbrown", HOUR);

    LocalIssuer stranger = LocalIssuer.open(elsewhere, ISSUER, Clock.systemUTC());

    assertThatThrownBy(() -> verifierFor(stranger).verify(token))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void jwksHoldsThePublicKeyAndNoPrivatePart() throws IOException {
    JsonNode jwks = new ObjectMapper().readTree(issuer().jwksJson());

    assertThat(jwks.get("keys")).hasSize(1);
    List<String> members = new ArrayList<>();
    jwks.get("keys").get(0).fieldNames().forEachRemaining(members::add);
    assertThat(members)
        .contains("kty", "kid", "n", "e")
        .doesNotContain("d", "p", "q", "dp", "dq", "qi", "oth");
  }

  @Test
  void keyFileIsReadableByItsOwnerOnly() throws IOException {
    assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
    issuer();

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(directory.resolve(LocalIssuer.KEY_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void keyFileIsTheOnlyFileLeftInTheDirectory() throws IOException {
    issuer();

    try (var files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(LocalIssuer.KEY_FILE);
    }
  }

  @Test
  void keyIsMadeInADirectoryThatDoesNotExistYet() {
    LocalIssuer.open(directory.resolve("a/b"), ISSUER, Clock.systemUTC());

    assertThat(directory.resolve("a/b").resolve(LocalIssuer.KEY_FILE)).isRegularFile();
  }

  @Test
  void aKeyFileThatIsNotAKeyIsReportedNotReplaced() throws IOException {
    Path file = Files.writeString(directory.resolve(LocalIssuer.KEY_FILE), "{\"kty\":\"oct\"}");

    assertThatThrownBy(this::issuer)
        .isInstanceOf(LocalIssuerKeyException.class)
        .hasMessageContaining("remove it");
    assertThat(file).hasContent("{\"kty\":\"oct\"}");
  }

  @Test
  void tokenHasCognitosAccessTokenShape() throws ParseException {
    SignedJWT jwt = SignedJWT.parse(issuer().signAccessToken("sub-1", "andrewbrown", HOUR));

    assertThat(jwt.getHeader().toJSONObject().keySet()).containsExactlyInAnyOrder("alg", "kid");
    Map<String, Object> claims = jwt.getJWTClaimsSet().getClaims();
    assertThat(claims.keySet())
        .containsExactlyInAnyOrder(
            "sub",
            "username",
            "token_use",
            "client_id",
            "iss",
            "iat",
            "auth_time",
            "exp",
            "jti",
            "origin_jti",
            "event_id",
            "scope");
    assertThat(claims)
        .containsEntry("token_use", "access")
        .containsEntry("scope", "aws.cognito.signin.user.admin")
        .containsEntry("iss", ISSUER);
  }

  @Test
  void tokenLivesForTheLifetimeAskedFor() {
    Clock clock = Tokens.CLOCK;
    LocalIssuer issuer = LocalIssuer.open(directory, ISSUER, clock);

    VerifiedToken caller =
        new AccessTokenVerifier(ISSUER, LocalIssuer.CLIENT_ID, issuer.keys(), clock, Duration.ZERO)
            .verify(issuer.signAccessToken("sub-1", "andrewbrown", Duration.ofMinutes(15)));

    assertThat(caller.expiresAt()).isEqualTo(Tokens.NOW.plus(Duration.ofMinutes(15)));
  }

  private LocalIssuer issuer() {
    return LocalIssuer.open(directory, ISSUER, Clock.systemUTC());
  }

  private static AccessTokenVerifier verifierFor(LocalIssuer issuer) {
    return new AccessTokenVerifier(
        issuer.issuer(),
        issuer.clientId(),
        issuer.keys(),
        Clock.systemUTC(),
        AccessTokenVerifier.DEFAULT_SKEW);
  }
}
