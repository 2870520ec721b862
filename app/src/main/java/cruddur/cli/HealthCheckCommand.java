package cruddur.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./cruddur health-check}: asks a running API whether it is healthy, for container health
 * checks (the image has no curl). Exit 0 when it answers 200, 1 otherwise.
 */
@Command(
    name = "health-check",
    mixinStandardHelpOptions = true,
    description = {
      "Ask a running API for /api/health-check: exit 0 if it answers 200 in time, 1 if not.",
      "For container health checks (deploy/Dockerfile)."
    })
final class HealthCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      defaultValue = "http://127.0.0.1:4567/api/health-check",
      description = {"What to ask; by default:", "${DEFAULT-VALUE}"})
  URI url;

  @Option(
      names = "--timeout",
      defaultValue = "3",
      description = "Seconds to wait for the answer (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws InterruptedException {
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    String problem;
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        spec.commandLine().getOut().println("healthy: " + url);
        return 0;
      }
      // The API says what is wrong (e.g. its table is missing, and what to run): pass that on.
      String body = response.body().strip();
      spec.commandLine()
          .getErr()
          .println(
              "health-check: "
                  + url
                  + " answered "
                  + response.statusCode()
                  + (body.isEmpty() ? "" : ": " + abbreviated(body)));
      return 1;
    } catch (IOException e) {
      problem = "did not answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    } catch (IllegalArgumentException e) {
      problem = "is not an http(s) URL";
    }
    spec.commandLine()
        .getErr()
        .println("health-check: " + url + " " + problem + "; is the API running on that port?");
    return 1;
  }

  private static String abbreviated(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }
}
