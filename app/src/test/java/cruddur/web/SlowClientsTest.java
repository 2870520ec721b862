package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send a request's headers and then stall, or send less body than they announced, hold
 * neither the API's threads nor their connections for long.
 */
class SlowClientsTest {
  private static final int STALLED = 300;

  /** Far more than a request takes, far less than stalled requests used to block everyone. */
  private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(15);

  /** Short enough for a quick test, long enough that the fresh client comes while they stall. */
  private static final ApiServer.Limits LIMITS =
      new ApiServer.Limits(Duration.ofSeconds(30), Duration.ofSeconds(10), 500);

  @Test
  void clientsThatStallTheirBodiesNeitherStopTheApiNorKeepTheirConnections() throws Exception {
    try (ApiFixture api = new ApiFixture(LIMITS)) {
      List<Socket> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < STALLED; i++) {
          stalled.add(stallInTheBody(api.server.port()));
        }
        HttpClient fresh = HttpClient.newBuilder().connectTimeout(ANSWER_DEADLINE).build();

        HttpResponse<String> health = send(fresh, api.request("/api/health-check", null).GET());
        HttpResponse<String> signIn =
            send(
                fresh,
                api.request("/api/local/sign-in", null)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"handle\":\"bayko\"}")));
        String token = ApiFixture.JSON.readTree(signIn.body()).get("access_token").asText();
        HttpResponse<String> groups = send(fresh, api.request("/api/message_groups", token).GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(groups.statusCode()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (Socket socket : stalled) {
          assertThat(answeredOrClosed(socket, deadline))
              .as("a stalled request is answered 408 or 400, or its connection closed")
              .matches(
                  s ->
                      s.startsWith("HTTP/1.1 408")
                          || s.startsWith("HTTP/1.1 400")
                          || s.equals("closed"));
        }
      } finally {
        for (Socket socket : stalled) {
          socket.close();
        }
      }
    }
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(ANSWER_DEADLINE).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Headers announcing 1000 bytes of body, then 16 of them, then nothing. */
  private static Socket stallInTheBody(int port) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /api/local/sign-in HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: 1000\r\n"
                + "\r\n"
                + "{\"handle\":\"andre")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** The status line the server answered with, or "closed" if it closed the connection. */
  private static String answeredOrClosed(Socket socket, long deadline) throws IOException {
    long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
    InputStream in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    try {
      for (int b = in.read(); b != -1 && b != '\r' && b != '\n'; b = in.read()) {
        line.append((char) b);
      }
    } catch (SocketTimeoutException e) {
      return "still waiting after the deadline";
    } catch (IOException e) {
      return "closed"; // reset by the server
    }
    return line.length() == 0 ? "closed" : line.toString();
  }
}
