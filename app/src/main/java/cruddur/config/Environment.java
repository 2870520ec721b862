package cruddur.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings Cruddur reads from its environment, under the original app's names (SPEC §7). With
 * none of them set, everything runs embedded on this machine.
 *
 * @param endpoint {@code AWS_ENDPOINT_URL}: a DynamoDB endpoint; absent means AWS itself in prod,
 *     and the local engine otherwise
 * @param region {@code AWS_DEFAULT_REGION}
 * @param connectionUrl {@code CONNECTION_URL}: PostgreSQL; absent means the embedded server
 * @param tableName {@code DDB_MESSAGE_TABLE}, default {@code cruddur-messages}
 * @param userPoolId {@code AWS_COGNITO_USER_POOL_ID}
 * @param userPoolClientId {@code AWS_COGNITO_USER_POOL_CLIENT_ID}
 * @param cognitoEndpoint {@code CRUDDUR_COGNITO_ENDPOINT}: a stand-in for Cognito (tests, fakes),
 *     for its API and for the pool's keys at {@code /<pool id>/.well-known/jwks.json}
 * @param dataDir {@code CRUDDUR_DATA_DIR}, default {@code ./data}: the embedded servers' files
 * @param frontendUrl {@code FRONTEND_URL}: the pages' origin, allowed to call the API (CORS)
 * @param backendUrl {@code BACKEND_URL}: the API's own public origin, allowed likewise
 */
public record Environment(
    Optional<URI> endpoint,
    Optional<String> region,
    Optional<String> connectionUrl,
    String tableName,
    Optional<String> userPoolId,
    Optional<String> userPoolClientId,
    Optional<URI> cognitoEndpoint,
    Path dataDir,
    Optional<String> frontendUrl,
    Optional<String> backendUrl) {

  public static final String DEFAULT_TABLE = "cruddur-messages";

  /** Every variable Cruddur reads: SPEC §7's names, then its own. */
  public static final List<String> NAMES =
      List.of(
          "AWS_ENDPOINT_URL",
          "AWS_DEFAULT_REGION",
          "CONNECTION_URL",
          "DDB_MESSAGE_TABLE",
          "AWS_COGNITO_USER_POOL_ID",
          "AWS_COGNITO_USER_POOL_CLIENT_ID",
          "FRONTEND_URL",
          "BACKEND_URL",
          "CRUDDUR_COGNITO_ENDPOINT",
          "CRUDDUR_DATA_DIR");

  /** Reads the settings from a map of environment variables; blank values count as unset. */
  public static Environment of(Map<String, String> env) {
    return new Environment(
        value(env, "AWS_ENDPOINT_URL").map(Environment::uri),
        value(env, "AWS_DEFAULT_REGION"),
        value(env, "CONNECTION_URL"),
        value(env, "DDB_MESSAGE_TABLE").orElse(DEFAULT_TABLE),
        value(env, "AWS_COGNITO_USER_POOL_ID"),
        value(env, "AWS_COGNITO_USER_POOL_CLIENT_ID"),
        value(env, "CRUDDUR_COGNITO_ENDPOINT").map(Environment::uri),
        Path.of(value(env, "CRUDDUR_DATA_DIR").orElse("data")),
        value(env, "FRONTEND_URL"),
        value(env, "BACKEND_URL"));
  }

  /** The same settings with another data directory. */
  public Environment withDataDir(Path dir) {
    return new Environment(
        endpoint,
        region,
        connectionUrl,
        tableName,
        userPoolId,
        userPoolClientId,
        cognitoEndpoint,
        dir,
        frontendUrl,
        backendUrl);
  }

  /** The same settings with another DynamoDB endpoint. */
  public Environment withEndpoint(URI newEndpoint) {
    return new Environment(
        Optional.of(newEndpoint),
        region,
        connectionUrl,
        tableName,
        userPoolId,
        userPoolClientId,
        cognitoEndpoint,
        dataDir,
        frontendUrl,
        backendUrl);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(name + " is not in Environment.NAMES");
    }
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static URI uri(String text) {
    try {
      URI uri = URI.create(text);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "'" + text + "' is not a URL (expected e.g. http://127.0.0.1:8000)");
    }
  }
}
