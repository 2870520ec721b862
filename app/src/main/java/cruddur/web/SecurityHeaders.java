package cruddur.web;

import io.javalin.http.Context;

/** The headers every response carries: no sniffing, no framing, a strict content policy. */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  }
}
