package cruddur.web;

import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * What the app measures, served at {@code /metrics} in Prometheus' text format: HTTP requests by
 * route and status ({@code http_server_requests_seconds}), DynamoDB calls by operation and outcome
 * ({@code dynamodb_calls_seconds}); PostgreSQL's pool and the user cache register themselves on
 * {@link #registry()}.
 */
public final class Metrics implements Consumer<JavalinConfig> {
  private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("cruddurStart");

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public MeterRegistry registry() {
    return registry;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.requestLogger.http(
        (ctx, millis) ->
            Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000))));
    config.routes.get(
        "/metrics",
        ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
  }

  /** The route's path as declared ({@code /api/messages/{message_group_uuid}}), not the URL. */
  private static String route(io.javalin.http.Context ctx) {
    var endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? "unmatched" : endpoint.path;
  }

  /** Times every call of the AWS SDK client it is added to. */
  public ExecutionInterceptor dynamoTimer() {
    return new ExecutionInterceptor() {
      @Override
      public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
      }

      @Override
      public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes, "ok");
      }

      @Override
      public void onExecutionFailure(
          Context.FailedExecution context, ExecutionAttributes attributes) {
        record(attributes, "error");
      }

      private void record(ExecutionAttributes attributes, String outcome) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
          Timer.builder("dynamodb.calls")
              .tag("operation", attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
              .tag("outcome", outcome)
              .register(registry)
              .record(Duration.ofNanos(System.nanoTime() - started));
        }
      }
    };
  }
}
