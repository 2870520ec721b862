package cruddur.dynamo.server;

import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Which web pages may call the engine from a browser. The engine checks no credentials, so a grant
 * lets a page read and write every table: none is given unless origins are named ({@code
 * --cors-origin}; {@code *} names every origin). A granted origin gets its own origin back; any
 * other gets no CORS headers at all, and its preflight is refused, so the browser keeps the answer
 * from the page.
 */
final class CorsPolicy {
  private final Set<String> origins;

  CorsPolicy(List<String> origins) {
    this.origins = Set.copyOf(origins);
  }

  /**
   * Adds the CORS headers a request's origin is granted; returns true when the request was a
   * preflight, whose answer is then complete (status and headers set, no body).
   */
  boolean apply(Request request, Response response) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    boolean preflight =
        origin != null
            && HttpMethod.OPTIONS.is(request.getMethod())
            && request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null;
    if (origin == null || !(origins.contains(origin) || origins.contains("*"))) {
      if (preflight) {
        response.setStatus(403);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
      }
      return preflight;
    }
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    response.getHeaders().add(HttpHeader.VARY, "Origin");
    response
        .getHeaders()
        .put(
            HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS,
            "x-amzn-RequestId, x-amz-crc32, x-amzn-ErrorType");
    if (preflight) {
      String headers = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
      if (headers != null) {
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, headers);
      }
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS");
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "172800");
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
    }
    return preflight;
  }
}
