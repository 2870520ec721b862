package cruddur.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An issuer's JWKS endpoint on a random loopback port: serves whatever was last published at {@code
 * /.well-known/jwks.json} and counts the fetches.
 */
final class JwksServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicReference<String> jwks;
  private final AtomicInteger fetches = new AtomicInteger();

  JwksServer(String jwks) throws IOException {
    this.jwks = new AtomicReference<>(jwks);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/.well-known/jwks.json", this::serve);
    server.start();
  }

  String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  URI jwksUrl() {
    return URI.create(issuer() + "/.well-known/jwks.json");
  }

  /** Keys fetched from now on are these (a key rotation). */
  void publish(String jwks) {
    this.jwks.set(jwks);
  }

  int fetches() {
    return fetches.get();
  }

  private void serve(HttpExchange exchange) throws IOException {
    fetches.incrementAndGet();
    byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
