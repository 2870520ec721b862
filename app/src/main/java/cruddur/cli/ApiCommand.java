package cruddur.cli;

import cruddur.local.Services;
import cruddur.web.SendLimit;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./cruddur api}: the HTTP API in the foreground until Ctrl-C. */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the HTTP API until Ctrl-C: the routes and their answers are in /openapi.json.",
      "Sign-in: with AWS_COGNITO_USER_POOL_ID (and AWS_COGNITO_USER_POOL_CLIENT_ID,"
          + " AWS_DEFAULT_REGION) it accepts the pool's access tokens; without, the app is its own"
          + " issuer: POST /api/local/sign-in {\"handle\": \"andrewbrown\"} gives a token for a"
          + " seeded user. CORS allows FRONTEND_URL and BACKEND_URL."
    })
final class ApiCommand implements Runnable {
  private final Services services;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "4567",
      description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--prod",
      description =
          "Run as deployed (docs/AWS.md): DynamoDB on AWS (or AWS_ENDPOINT_URL), PostgreSQL at"
              + " CONNECTION_URL and sign-in by the Cognito pool, all required; nothing embedded.")
  boolean prod;

  @Option(
      names = "--send-burst",
      defaultValue = "20",
      description = "Messages a user may send at once (default: ${DEFAULT-VALUE}).")
  int sendBurst;

  @Option(
      names = "--send-rate",
      defaultValue = "5",
      description =
          "Messages per second a user may send after a burst (default: ${DEFAULT-VALUE}).")
  double sendRate;

  ApiCommand(Services services) {
    this.services = services;
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    try (ApiWiring.Running api =
        ApiWiring.start(
            services,
            host,
            port,
            prod,
            new SendLimit(sendBurst, sendRate, System::nanoTime),
            false)) {
      Runtime.getRuntime().addShutdownHook(new Thread(api::close));
      out.printf(
          "Cruddur Messages API on http://%s:%d (table %s). Ctrl-C stops.%n",
          host, api.server().port(), services.tableName());
      out.println(api.signIn());
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
