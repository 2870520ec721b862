package cruddur.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenVerifierTest {
  private static final RSAKey KEY = Tokens.rsaKey("fixture-key-1");

  private final AccessTokenVerifier verifier = Tokens.verifier(Tokens.inMemory(KEY));

  @Test
  void goodTokenGivesItsCaller() {
    VerifiedToken caller = verifier.verify(Tokens.sign(KEY, Tokens.accessClaims().build()));

    assertThat(caller)
        .isEqualTo(
            new VerifiedToken(
                Tokens.SUBJECT,
                Tokens.USERNAME,
                Tokens.CLIENT_ID,
                Tokens.NOW.plus(Duration.ofHours(1))));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30"})
  void missingOrGarbledTokenIsRejected(String token) {
    assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void unsignedTokenWithAlgNoneIsRejected() {
    String unsigned = new PlainJWT(Tokens.accessClaims().build()).serialize();

    assertThatThrownBy(() -> verifier.verify(unsigned))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("not a signed JWT");
  }

  @Test
  void encryptedTokenIsRejected() throws JOSEException {
    EncryptedJWT jwe =
        new EncryptedJWT(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .keyID(KEY.getKeyID())
                .build(),
            Tokens.accessClaims().build());
    jwe.encrypt(new RSAEncrypter(KEY.toRSAPublicKey()));

    assertThatThrownBy(() -> verifier.verify(jwe.serialize()))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("not a signed JWT");
  }

  @Test
  void tokenFromAnotherIssuerIsRejected() {
    String token =
        Tokens.sign(
            KEY,
            Tokens.accessClaims()
                .issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other")
                .build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("iss");
  }

  @Test
  void idTokenIsRejected() {
    String token = Tokens.sign(KEY, Tokens.accessClaims().claim("token_use", "id").build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("token_use");
  }

  @Test
  void tokenForAnotherAppClientIsRejected() {
    String token =
        Tokens.sign(KEY, Tokens.accessClaims().claim("client_id", "another-client").build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("client_id");
  }

  @Test
  void tokenExpiredBeyondTheSkewIsRejected() {
    String token = Tokens.sign(KEY, expiringAt(Tokens.NOW.minusSeconds(61)));

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("Expired");
  }

  @Test
  void tokenExpiredWithinTheSkewIsAccepted() {
    String token = Tokens.sign(KEY, expiringAt(Tokens.NOW.minusSeconds(59)));

    assertThat(verifier.verify(token).expiresAt()).isEqualTo(Tokens.NOW.minusSeconds(59));
  }

  @Test
  void tokenIssuedInTheFutureBeyondTheSkewIsRejected() {
    Instant later = Tokens.NOW.plusSeconds(120);
    String token =
        Tokens.sign(
            KEY,
            Tokens.accessClaims()
                .issueTime(Date.from(later))
                .expirationTime(Date.from(later.plusSeconds(3600)))
                .build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("future");
  }

  @Test
  void tokenNotYetValidBeyondTheSkewIsRejected() {
    String token =
        Tokens.sign(
            KEY,
            Tokens.accessClaims().notBeforeTime(Date.from(Tokens.NOW.plusSeconds(120))).build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("before use time");
  }

  @Test
  void tokenWithoutSubjectIsRejected() {
    String token = Tokens.sign(KEY, Tokens.accessClaims().subject(null).build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("sub");
  }

  @Test
  void tokenWithoutExpiryIsRejected() {
    String token = Tokens.sign(KEY, Tokens.accessClaims().expirationTime(null).build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("exp");
  }

  @Test
  void tokenSignedByAnUnknownKeyIsRejected() {
    RSAKey stranger = Tokens.rsaKey("stranger-key");
    String token = Tokens.sign(stranger, Tokens.accessClaims().build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("no matching key");
  }

  @Test
  void tokenSignedByAnotherKeyUnderAKnownKidIsRejected() {
    RSAKey impostor = Tokens.rsaKey(KEY.getKeyID());
    String token = Tokens.sign(impostor, Tokens.accessClaims().build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("Invalid signature");
  }

  @Test
  void tokenWithoutKidIsRejected() {
    String token =
        Tokens.sign(KEY, new JWSHeader.Builder(JWSAlgorithm.RS256), Tokens.accessClaims().build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("kid");
  }

  @Test
  void tokenWhosePayloadWasChangedAfterSigningIsRejected() throws ParseException {
    SignedJWT signed = SignedJWT.parse(Tokens.sign(KEY, Tokens.accessClaims().build()));
    Base64URL forgedPayload =
        Base64URL.encode(Tokens.accessClaims().subject("someone-else").build().toString());
    String tampered =
        signed.getHeader().toBase64URL() + "." + forgedPayload + "." + signed.getSignature();

    assertThatThrownBy(() -> verifier.verify(tampered))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("Invalid signature");
  }

  @Test
  void hs256TokenKeyedWithThePublicKeyIsRejected() throws JOSEException {
    // The classic confusion attack: the RSA public key, which anyone can fetch, as an HMAC secret.
    SignedJWT hs256 =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
            Tokens.accessClaims().build());
    hs256.sign(new MACSigner(KEY.toRSAPublicKey().getEncoded()));

    assertThatThrownBy(() -> verifier.verify(hs256.serialize()))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("HS256");
  }

  @Test
  void rs512TokenIsRejectedEvenWithTheRightKey() {
    String token =
        Tokens.sign(
            KEY,
            new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(KEY.getKeyID()),
            Tokens.accessClaims().build());

    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("RS512");
  }

  @Test
  void keysThatCannotBeFetchedFailVerification() {
    AccessTokenVerifier offline =
        Tokens.verifier(
            keyId -> {
              throw new SigningKeysUnavailableException("down", new IOException("refused"));
            });
    String token = Tokens.sign(KEY, Tokens.accessClaims().build());

    assertThatThrownBy(() -> offline.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("unavailable");
  }

  private static JWTClaimsSet expiringAt(Instant expiry) {
    return Tokens.accessClaims()
        .issueTime(Date.from(expiry.minusSeconds(3600)))
        .expirationTime(Date.from(expiry))
        .build();
  }
}
