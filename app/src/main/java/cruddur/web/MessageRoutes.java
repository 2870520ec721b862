package cruddur.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import cruddur.messages.Conversation;
import cruddur.messages.ConversationDetail;
import cruddur.messages.Message;
import cruddur.messages.MessagingService;
import cruddur.messages.Page;
import cruddur.users.User;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The API's routes and their JSON shapes (SPEC §4). Handlers only translate: HTTP in, a call to
 * {@link MessagingService}, JSON out. Lists stay bare arrays; an older page is asked for with
 * {@code ?before=<cursor>} (and {@code limit}, at most 50), and a page that has one names it in a
 * {@code Link: <...>; rel="next"} header.
 */
public final class MessageRoutes implements Consumer<JavalinConfig> {
  private final MessagingService service;
  private final Authenticator authenticator;
  private final SendLimit sendLimit;

  public MessageRoutes(MessagingService service, Authenticator authenticator, SendLimit sendLimit) {
    this.service = service;
    this.authenticator = authenticator;
    this.sendLimit = sendLimit;
  }

  @Override
  public void accept(JavalinConfig config) {
    config.routes.get("/api/message_groups", this::conversations);
    config.routes.get("/api/message_groups/{message_group_uuid}", this::conversation);
    config.routes.get("/api/messages/counter", this::counter);
    config.routes.get("/api/messages/{message_group_uuid}", this::messages);
    config.routes.post("/api/messages", this::send);
    config.routes.get("/api/users/{handle}/short", this::userShort);
    config.routes.get("/api/users", this::users);
  }

  private void users(Context ctx) {
    User me = user(ctx);
    ctx.json(
        service.findUsers(me, Optional.ofNullable(ctx.queryParam("q"))).stream()
            .map(UserView::of)
            .toList());
  }

  private void conversations(Context ctx) {
    User me = user(ctx);
    Page<Conversation> page = paged(() -> service.conversations(me, cursor(ctx), limit(ctx)));
    link(ctx, page);
    ctx.json(page.items().stream().map(MessageRoutes::view).toList());
  }

  private void conversation(Context ctx) {
    User me = user(ctx);
    UUID group = uuid(ctx.pathParam("message_group_uuid"));
    ctx.json(ConversationDetailView.of(service.conversation(me, group)));
  }

  private void messages(Context ctx) {
    User me = user(ctx);
    UUID group = uuid(ctx.pathParam("message_group_uuid"));
    Page<Message> page = paged(() -> service.messages(me, group, cursor(ctx), limit(ctx)));
    link(ctx, page);
    ctx.json(page.items().stream().map(MessageRoutes::view).toList());
  }

  private void counter(Context ctx) {
    ctx.json(Map.of("count", service.unreadCount(user(ctx))));
  }

  private void send(Context ctx) {
    User me = user(ctx);
    JsonNode body = JsonBody.object(ctx);
    Duration wait = sendLimit.take(me.uuid());
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      throw new Errors.Answer(429, Map.of("error", "too_many_messages", "retry_after", seconds));
    }
    String text = JsonBody.text(body, "message");
    Optional<UUID> messageUuid =
        Optional.ofNullable(JsonBody.text(body, "uuid")).map(MessageRoutes::clientUuid);
    if (body.has("message_group_uuid") && !body.get("message_group_uuid").isNull()) {
      String group = JsonBody.text(body, "message_group_uuid");
      if (group == null || group.isBlank()) {
        throw new cruddur.messages.InvalidRequest(List.of("message_group_uuid_blank"));
      }
      Message sent = service.send(me, uuid(group), text, messageUuid);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("message_group_uuid", sent.groupUuid().toString());
      json.putAll(view(sent));
      ctx.json(json);
    } else {
      UUID group = service.start(me, JsonBody.text(body, "handle"), text, messageUuid);
      ctx.json(Map.of("message_group_uuid", group.toString()));
    }
  }

  /**
   * Public, as in the original, whose frontend asks without a token; a token that is sent must
   * still prove someone.
   */
  private void userShort(Context ctx) {
    if (ctx.header("Authorization") != null) {
      user(ctx);
    }
    String handle = ctx.pathParam("handle");
    if (!handle.startsWith("@") || handle.length() < 2) {
      throw new cruddur.messages.NotFound("user " + handle);
    }
    User found =
        service
            .user(handle.substring(1))
            .orElseThrow(() -> new cruddur.messages.NotFound("user " + handle));
    ctx.json(UserView.of(found));
  }

  private User user(Context ctx) {
    return authenticator
        .authenticate(Optional.ofNullable(ctx.header("Authorization")))
        .orElseThrow(Errors::unauthorized);
  }

  /** A user as anyone may see them: no e-mail, no Cognito id. */
  record UserView(String uuid, String handle, @JsonProperty("display_name") String displayName) {
    static UserView of(User user) {
      return new UserView(user.uuid().toString(), user.handle(), user.displayName());
    }
  }

  /**
   * A conversation with both read points, in a message's {@code created_at} form, so that a page
   * can tell which of its messages each participant has read; null for one who never read it.
   */
  record ConversationDetailView(
      String uuid,
      String handle,
      @JsonProperty("display_name") String displayName,
      int unread,
      @JsonProperty("read_up_to") String readUpTo,
      @JsonProperty("other_read_up_to") String otherReadUpTo) {
    static ConversationDetailView of(ConversationDetail detail) {
      Conversation mine = detail.mine();
      return new ConversationDetailView(
          mine.groupUuid().toString(),
          mine.other().handle(),
          mine.other().displayName(),
          mine.unread(),
          mine.readPoint().orElse(null),
          detail.otherReadPoint().orElse(null));
    }
  }

  private static Map<String, Object> view(Conversation c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("uuid", c.groupUuid().toString());
    json.put("display_name", c.other().displayName());
    json.put("handle", c.other().handle());
    json.put("message", c.lastMessage());
    json.put("created_at", c.sk());
    json.put("unread", c.unread());
    return json;
  }

  private static Map<String, Object> view(Message m) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("uuid", m.messageUuid().toString());
    json.put("display_name", m.sender().displayName());
    json.put("handle", m.sender().handle());
    json.put("message", m.text());
    json.put("created_at", m.sk());
    return json;
  }

  private static void link(Context ctx, Page<?> page) {
    page.olderCursor()
        .ifPresent(
            cursor ->
                ctx.header(
                    "Link",
                    "<"
                        + ctx.path()
                        + "?before="
                        + cursor
                        + "&limit="
                        + limit(ctx)
                        + ">; rel=\"next\""));
  }

  /** A page; a cursor this API did not give is the client's mistake (400), not ours. */
  private static <T> Page<T> paged(java.util.function.Supplier<Page<T>> page) {
    try {
      return page.get();
    } catch (IllegalArgumentException e) {
      throw Errors.badRequest("the cursor is not one this API gave");
    }
  }

  private static Optional<String> cursor(Context ctx) {
    return Optional.ofNullable(ctx.queryParam("before")).filter(s -> !s.isBlank());
  }

  private static int limit(Context ctx) {
    String limit = ctx.queryParam("limit");
    if (limit == null) {
      return MessagingService.DEFAULT_PAGE;
    }
    try {
      int n = Integer.parseInt(limit);
      if (n < 1) {
        throw Errors.badRequest("limit must be between 1 and " + MessagingService.MAX_PAGE);
      }
      return Math.min(n, MessagingService.MAX_PAGE);
    } catch (NumberFormatException e) {
      throw Errors.badRequest("limit must be a number");
    }
  }

  /** A conversation id from a path or body; one that is not a UUID names no conversation. */
  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new cruddur.messages.NotFound("conversation " + text);
    }
  }

  private static UUID clientUuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new cruddur.messages.InvalidRequest(List.of("uuid_invalid"));
    }
  }
}
