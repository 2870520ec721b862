package cruddur.deploy;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A user pool as the app sees Cognito: its JWKS at Cognito's path, {@code ListUsers} for {@code
 * ./cruddur db update-cognito-user-ids}, and access tokens shaped like Cognito's, issued as {@code
 * https://cognito-idp.<region>.amazonaws.com/<pool>}.
 */
final class CognitoStandIn implements AutoCloseable {
  static final String REGION = "us-east-1";
  static final String POOL = "us-east-1_Deployed1";
  static final String CLIENT_ID = "deployedappclient";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RSAKey key;
  private final HttpServer server;

  /** preferred_username (the Cruddur handle) → sub. */
  private final Map<String, String> users = new LinkedHashMap<>();

  CognitoStandIn(String... handles) throws IOException, JOSEException {
    for (String handle : handles) {
      users.put(handle, UUID.randomUUID().toString());
    }
    key =
        new RSAKeyGenerator(2048)
            .keyID("pool-key-1")
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.RS256)
            .generate();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/" + POOL + "/.well-known/jwks.json", this::jwks);
    server.createContext("/", this::listUsers);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** A fresh access token of the pool's user with this handle. */
  String accessToken(String handle) throws JOSEException {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(users.get(handle))
            .issuer("https://cognito-idp." + REGION + ".amazonaws.com/" + POOL)
            .claim("client_id", CLIENT_ID)
            .claim("token_use", "access")
            .claim("scope", "aws.cognito.signin.user.admin")
            .claim("username", handle)
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
    reply(exchange, new JWKSet(key.toPublicJWK()).toString(true));
  }

  private void listUsers(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (!"AWSCognitoIdentityProviderService.ListUsers".equals(target)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("Users");
    users.forEach(
        (handle, sub) -> {
          ObjectNode user = list.addObject();
          user.put("Username", handle);
          user.put("Enabled", true);
          user.put("UserStatus", "CONFIRMED");
          ArrayNode attributes = user.putArray("Attributes");
          attributes.addObject().put("Name", "sub").put("Value", sub);
          attributes.addObject().put("Name", "preferred_username").put("Value", handle);
          attributes.addObject().put("Name", "email").put("Value", handle + "@example.com");
        });
    reply(exchange, body.toString());
  }

  private static void reply(HttpExchange exchange, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
