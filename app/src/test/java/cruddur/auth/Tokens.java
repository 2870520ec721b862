package cruddur.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/** Keys, Cognito-shaped claims and signed tokens for the auth tests, built fresh on each call. */
final class Tokens {
  static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Fixture";
  static final String CLIENT_ID = "fixture-client-id";
  static final String SUBJECT = "3f1c2b7e-0d4a-4e8b-9a61-5c2d8e7f9a10";
  static final String USERNAME = "andrewbrown";
  static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Tokens() {}

  /** A fresh RSA 2048 signing key with this key id. */
  static RSAKey rsaKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(keyId)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The claims of a good access token from {@link #ISSUER}, issued now, valid for an hour. */
  static JWTClaimsSet.Builder accessClaims() {
    return new JWTClaimsSet.Builder()
        .subject(SUBJECT)
        .issuer(ISSUER)
        .claim("client_id", CLIENT_ID)
        .claim("token_use", "access")
        .claim("scope", "aws.cognito.signin.user.admin")
        .claim("auth_time", NOW.getEpochSecond())
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plus(Duration.ofHours(1))))
        .jwtID(UUID.randomUUID().toString())
        .claim("username", USERNAME);
  }

  /** The claims, RS256-signed with the key, under its key id. */
  static String sign(RSAKey key, JWTClaimsSet claims) {
    return sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()), claims);
  }

  static String sign(RSAKey key, JWSHeader.Builder header, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header.build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  /** The public halves, as a JWKS document. */
  static String jwks(RSAKey... keys) {
    return new JWKSet(Arrays.stream(keys).<JWK>map(RSAKey::toPublicJWK).toList()).toString(true);
  }

  /** The public halves, from memory. */
  static SigningKeys inMemory(RSAKey... keys) {
    return keyId ->
        Arrays.stream(keys)
            .filter(key -> key.getKeyID().equals(keyId))
            .findFirst()
            .flatMap(Tokens::publicKey);
  }

  /** A verifier for {@link #ISSUER} and {@link #CLIENT_ID} whose clock reads {@link #NOW}. */
  static AccessTokenVerifier verifier(SigningKeys keys) {
    return new AccessTokenVerifier(
        ISSUER, CLIENT_ID, keys, CLOCK, AccessTokenVerifier.DEFAULT_SKEW);
  }

  private static Optional<RSAPublicKey> publicKey(RSAKey key) {
    try {
      return Optional.of(key.toRSAPublicKey());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
