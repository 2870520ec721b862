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
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The app's own token issuer for local development, where there is no Cognito: an RSA key kept in
 * {@value #KEY_FILE} in a directory of its own (made on first use, reused after, so tokens outlive
 * restarts), its public half published as a JWKS, and access tokens signed with it in Cognito's
 * shape, so that {@link AccessTokenVerifier} checks them exactly as it checks Cognito's.
 * Thread-safe.
 */
public final class LocalIssuer {
  /** The file, in the directory given to {@link #open}, that holds the private key as a JWK. */
  public static final String KEY_FILE = "local-issuer-key.json";

  /** The app client id local tokens are issued to. */
  public static final String CLIENT_ID = "cruddur-local";

  private static final String SCOPE = "aws.cognito.signin.user.admin";
  private static final int KEY_BITS = 2048;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final String issuer;
  private final RSAKey key;
  private final RSAPublicKey publicKey;
  private final RSASSASigner signer;
  private final Clock clock;

  private LocalIssuer(String issuer, RSAKey key, Clock clock) throws JOSEException {
    this.issuer = issuer;
    this.key = key;
    this.publicKey = key.toRSAPublicKey();
    this.signer = new RSASSASigner(key);
    this.clock = clock;
  }

  /**
   * The issuer whose key is in {@code directory}, made there (and the directory too) if there is
   * none yet.
   *
   * @param issuer the {@code iss} of its tokens: the app's own base URL, e.g. {@code
   *     http://127.0.0.1:4567}, which serves {@link #jwksJson()} at {@code /.well-known/jwks.json}
   * @param clock what "now" is for {@code iat}, {@code auth_time} and {@code exp}
   */
  public static LocalIssuer open(Path directory, String issuer, Clock clock) {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clock, "clock");
    Path file = directory.resolve(KEY_FILE);
    try {
      return new LocalIssuer(issuer, read(file).orElseGet(() -> create(file)), clock);
    } catch (JOSEException e) {
      throw new LocalIssuerKeyException(file + " holds an unusable RSA key", e);
    }
  }

  /** The {@code iss} of its tokens. */
  public String issuer() {
    return issuer;
  }

  /** The {@code client_id} of its tokens: {@value #CLIENT_ID}. */
  public String clientId() {
    return CLIENT_ID;
  }

  /** The public key set, as served at {@code /.well-known/jwks.json}: no private parts. */
  public String jwksJson() {
    return new JWKSet(key.toPublicJWK()).toString(true);
  }

  /** Its public key, from memory, for an {@link AccessTokenVerifier} in the same process. */
  public SigningKeys keys() {
    return keyId -> key.getKeyID().equals(keyId) ? Optional.of(publicKey) : Optional.empty();
  }

  /**
   * A signed access token with the claims Cognito puts in its own: {@code sub}, {@code username},
   * {@code token_use}, {@code client_id}, {@code iss}, {@code iat}, {@code auth_time}, {@code exp},
   * {@code jti}, {@code origin_jti}, {@code event_id} and {@code scope}.
   */
  public String signAccessToken(String subject, String username, Duration lifetime) {
    if (subject == null || subject.isBlank() || username == null || username.isBlank()) {
      throw new IllegalArgumentException("subject and username are required");
    }
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
    }
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(subject)
            .issuer(issuer)
            .claim("client_id", CLIENT_ID)
            .claim("origin_jti", UUID.randomUUID().toString())
            .claim("event_id", UUID.randomUUID().toString())
            .claim("token_use", "access")
            .claim("scope", SCOPE)
            .claim("auth_time", now.getEpochSecond())
            .expirationTime(Date.from(now.plus(lifetime)))
            .issueTime(Date.from(now))
            .jwtID(UUID.randomUUID().toString())
            .claim("username", username)
            .build();
    // Cognito's header is just kid and alg: no typ.
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("RS256 signing failed", e);
    }
    return jwt.serialize();
  }

  private static Optional<RSAKey> read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new LocalIssuerKeyException("Could not read " + file, e);
    }
    try {
      if (JWK.parse(json) instanceof RSAKey rsa && rsa.isPrivate() && rsa.getKeyID() != null) {
        return Optional.of(rsa);
      }
      throw new ParseException("not an RSA private key with a kid", 0);
    } catch (ParseException e) {
      throw new LocalIssuerKeyException(
          file + " is not the local issuer's key; remove it to have a new one made", e);
    }
  }

  private static RSAKey create(Path file) {
    RSAKey key;
    try {
      key =
          new RSAKeyGenerator(KEY_BITS)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyIDFromThumbprint(true)
              .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
    write(file, key.toJSONString());
    return key;
  }

  /** Writes to a private temporary file next to it, then renames, so no one sees half a key. */
  private static void write(Path file, String json) {
    Path directory = file.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      Files.createDirectories(directory);
      temporary =
          directory.getFileSystem().supportedFileAttributeViews().contains("posix")
              ? Files.createTempFile(directory, KEY_FILE, ".tmp", ownerOnly())
              : Files.createTempFile(directory, KEY_FILE, ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LocalIssuerKeyException("Could not write " + file, e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Only a stray temporary file is left; the key itself is in place or the error was thrown.
    }
  }
}
