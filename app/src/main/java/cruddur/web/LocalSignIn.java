package cruddur.web;

import cruddur.auth.LocalIssuer;
import cruddur.messages.NotFound;
import cruddur.users.User;
import cruddur.users.UserRepository;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Signing in on this machine, where there is no Cognito: the app's own issuer publishes its keys at
 * {@code /.well-known/jwks.json} and, at {@code POST /api/local/sign-in} with {@code {"handle":
 * ...}}, signs a Cognito-shaped access token for that user. A user without a Cognito id (the seed's
 * {@code MOCK}) is given one, as {@code db update-cognito-user-ids} would from a pool. Only ever
 * served when no Cognito pool is configured.
 */
public final class LocalSignIn implements Consumer<JavalinConfig> {
  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  private final LocalIssuer issuer;
  private final UserRepository users;

  public LocalSignIn(LocalIssuer issuer, UserRepository users) {
    this.issuer = issuer;
    this.users = users;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.get(
        "/.well-known/jwks.json",
        ctx -> ctx.contentType("application/json").result(issuer.jwksJson()));
    config.routes.post("/api/local/sign-in", this::signIn);
    config.routes.get("/api/local/users", this::users);
  }

  /** Who can sign in here: the handles and names of every user, for the sign-in page. */
  private void users(Context ctx) {
    ctx.json(
        users.all().stream()
            .map(u -> Map.of("handle", u.handle(), "display_name", u.displayName()))
            .toList());
  }

  private void signIn(Context ctx) {
    String handle = JsonBody.text(JsonBody.object(ctx), "handle");
    if (handle == null) {
      throw Errors.badRequest("expected {\"handle\": \"...\"}");
    }
    User user = users.findByHandle(handle).orElseThrow(() -> new NotFound("user " + handle));
    String subject = user.cognitoUserId();
    if (subject == null || subject.isBlank() || subject.equals(UserRepository.MOCK_COGNITO_ID)) {
      // Of first sign-ins at the same moment one assigns the id, and every token carries that one.
      subject =
          users
              .assignCognitoIdIfUnset(user.uuid(), UUID.randomUUID().toString())
              .orElseThrow(() -> new NotFound("user " + handle));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("access_token", issuer.signAccessToken(subject, handle, TOKEN_LIFETIME));
    json.put("token_type", "Bearer");
    json.put("expires_in", TOKEN_LIFETIME.toSeconds());
    json.put("handle", handle);
    ctx.json(json);
  }
}
