package cruddur.users;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A {@code CONNECTION_URL} turned into what the JDBC driver takes. The original app used libpq's
 * URI form ({@code postgresql://user:password@host:port/dbname?params}, or {@code postgres://}); a
 * {@code jdbc:postgresql:} URL is accepted as it is. Credentials are kept out of the JDBC URL so
 * that they never end up in a log line or an error message.
 *
 * @param endpoint {@code host:port} (comma-separated when several), for error messages
 */
record ConnectionUrl(
    String jdbcUrl,
    Optional<String> user,
    Optional<String> password,
    String endpoint,
    String database) {

  private static final String JDBC_PREFIX = "jdbc:postgresql:";
  private static final List<String> URI_PREFIXES = List.of("postgresql://", "postgres://");

  /** libpq parameter names that pgjdbc spells differently; the rest mean the same to both. */
  private static final Map<String, String> PARAMETER_NAMES =
      Map.of("connect_timeout", "connectTimeout", "application_name", "ApplicationName");

  static ConnectionUrl parse(String url) {
    if (url.startsWith(JDBC_PREFIX)) {
      return withEndpoint(url, Optional.empty(), Optional.empty());
    }
    for (String prefix : URI_PREFIXES) {
      if (url.startsWith(prefix)) {
        return fromLibpqUri(url.substring(prefix.length()));
      }
    }
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "(none)" : url.substring(0, colon);
    // Only the scheme is echoed: the rest may hold a password.
    throw new IllegalArgumentException(
        "CONNECTION_URL must start with postgresql://, postgres:// or jdbc:postgresql:"
            + " but its scheme is "
            + scheme);
  }

  private static ConnectionUrl fromLibpqUri(String rest) {
    String query = "";
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    String path = "";
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      path = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    // The host part cannot hold '@', the password may (percent-encoded or not): split at the last.
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = rest.substring(0, at);
      rest = rest.substring(at + 1);
      int colon = userInfo.indexOf(':');
      String name = colon < 0 ? userInfo : userInfo.substring(0, colon);
      user = Optional.of(decode(name)).filter(s -> !s.isEmpty());
      if (colon >= 0) {
        password = Optional.of(decode(userInfo.substring(colon + 1)));
      }
    }
    // libpq would use a Unix socket for an empty host; the JDBC driver speaks TCP only.
    String hosts = rest.isEmpty() ? "localhost" : rest;
    String jdbc = JDBC_PREFIX + "//" + hosts + "/" + path + jdbcQuery(query);
    return withEndpoint(jdbc, user, password);
  }

  private static String jdbcQuery(String query) {
    if (query.isEmpty()) {
      return "";
    }
    List<String> parameters = new ArrayList<>();
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      String value = equals < 0 ? "" : parameter.substring(equals);
      parameters.add(PARAMETER_NAMES.getOrDefault(name, name) + value);
    }
    return "?" + String.join("&", parameters);
  }

  private static ConnectionUrl withEndpoint(
      String jdbcUrl, Optional<String> user, Optional<String> password) {
    Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
    if (parsed == null) {
      throw new IllegalArgumentException(
          "CONNECTION_URL is not a PostgreSQL URL the JDBC driver understands");
    }
    String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
    String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
    List<String> endpoints = new ArrayList<>();
    for (int i = 0; i < hosts.length; i++) {
      endpoints.add(hosts[i] + ":" + ports[Math.min(i, ports.length - 1)]);
    }
    String database = parsed.getProperty("PGDBNAME", "");
    return new ConnectionUrl(jdbcUrl, user, password, String.join(",", endpoints), database);
  }

  /** Percent-decoding as libpq does it: unlike form encoding, '+' stays a plus. */
  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** Names the server only: a jdbc: URL may carry a password in its parameters. */
  @Override
  public String toString() {
    return "ConnectionUrl[" + endpoint + "/" + database + ", user=" + user.orElse("(none)") + "]";
  }
}
