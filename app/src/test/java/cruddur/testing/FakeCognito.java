package cruddur.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small local stand-in for a Cognito user pool: {@code ListUsers} (one pool, fixed users, pages
 * of two with a pagination token, Cognito's error for another pool id), the pool's JWKS at
 * Cognito's path, and access tokens shaped like Cognito's, issued as {@code
 * https://cognito-idp.<region>.amazonaws.com/<pool>} and signed with that key.
 */
public final class FakeCognito implements AutoCloseable {
  public static final String REGION = "us-east-1";
  public static final String POOL = "us-east-1_TestPool";
  public static final String CLIENT_ID = "testappclient";
  private static final int PAGE = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A pool user as Cognito lists it. */
  public record PoolUser(String username, String preferredUsername, String sub, String email) {
    /** A confirmed user whose username and preferred_username are its Cruddur handle. */
    public static PoolUser withHandle(String handle) {
      return new PoolUser(handle, handle, UUID.randomUUID().toString(), handle + "@example.com");
    }
  }

  private final HttpServer server;
  private final List<PoolUser> users;
  private final RSAKey key;

  public FakeCognito(List<PoolUser> users) throws IOException {
    this.users = users;
    try {
      key =
          new RSAKeyGenerator(2048)
              .keyID("pool-key-1")
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/" + POOL + "/.well-known/jwks.json", this::jwks);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A fresh access token of the pool's user with this preferred_username (handle). */
  public String accessToken(String handle) throws JOSEException {
    PoolUser user =
        users.stream()
            .filter(u -> handle.equals(u.preferredUsername()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no pool user " + handle));
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(user.sub())
            .issuer("https://cognito-idp." + REGION + ".amazonaws.com/" + POOL)
            .claim("client_id", CLIENT_ID)
            .claim("token_use", "access")
            .claim("scope", "aws.cognito.signin.user.admin")
            .claim("username", user.username())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private void jwks(HttpExchange exchange) throws IOException {
    reply(exchange, 200, JSON.readTree(new JWKSet(key.toPublicJWK()).toString(true)));
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    JsonNode request = JSON.readTree(exchange.getRequestBody());
    if (!"AWSCognitoIdentityProviderService.ListUsers".equals(target)) {
      reply(exchange, 400, error("UnknownOperationException", "unsupported: " + target));
      return;
    }
    if (!POOL.equals(request.path("UserPoolId").asText())) {
      reply(
          exchange,
          400,
          error(
              "ResourceNotFoundException",
              "User pool " + request.path("UserPoolId").asText() + " does not exist."));
      return;
    }
    int start =
        request.hasNonNull("PaginationToken")
            ? Integer.parseInt(request.get("PaginationToken").asText())
            : 0;
    ObjectNode body = JSON.createObjectNode();
    ArrayNode page = body.putArray("Users");
    for (PoolUser user : users.subList(start, Math.min(users.size(), start + PAGE))) {
      ObjectNode u = page.addObject();
      u.put("Username", user.username());
      u.put("Enabled", true);
      u.put("UserStatus", "CONFIRMED");
      ArrayNode attributes = u.putArray("Attributes");
      attribute(attributes, "sub", user.sub());
      attribute(attributes, "email", user.email());
      if (user.preferredUsername() != null) {
        attribute(attributes, "preferred_username", user.preferredUsername());
      }
    }
    if (start + PAGE < users.size()) {
      body.put("PaginationToken", String.valueOf(start + PAGE));
    }
    reply(exchange, 200, body);
  }

  private static void attribute(ArrayNode attributes, String name, String value) {
    attributes.addObject().put("Name", name).put("Value", value);
  }

  private static ObjectNode error(String type, String message) {
    return JSON.createObjectNode().put("__type", type).put("message", message);
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .putAll(Map.of("Content-Type", List.of("application/x-amz-json-1.1")));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
