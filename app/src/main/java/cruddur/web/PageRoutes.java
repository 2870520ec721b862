package cruddur.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pages: one HTML shell for every page path, and its script modules, style sheet and icon, all
 * from the class path (no separate build). The scripts ask the API for everything they show. Any
 * other path that is not the API's answers the shell with 404, whose script shows a "not found"
 * page with a way back; unknown {@code /api/...} paths stay JSON 404s.
 */
public final class PageRoutes implements Consumer<JavalinConfig> {
  /** The page paths; each answers the same shell, whose script renders the page. */
  public static final List<String> PAGES =
      List.of(
          "/",
          "/sign-in",
          "/messages",
          "/messages/new",
          "/messages/{message_group_uuid}",
          "/messages/new/{handle}");

  /** The script modules, one per feature, under {@code /assets/}. */
  static final List<String> MODULES =
      List.of(
          "main.js",
          "api.js",
          "composer.js",
          "conversation.js",
          "dom.js",
          "list.js",
          "live.js",
          "search.js",
          "session.js",
          "signin.js",
          "time.js",
          "unread.js",
          "words.js");

  /** The assets, by path, with their content types. */
  public static final Map<String, String> ASSETS = assetTypes();

  /** Paths that are not pages: they keep their JSON 404. */
  private static final List<String> NOT_PAGES = List.of("/api/", "/assets/", "/favicon.ico");

  private final byte[] shell = resource("index.html");
  private final Map<String, byte[]> assets = new LinkedHashMap<>();

  public PageRoutes() {
    ASSETS
        .keySet()
        .forEach(path -> assets.put(path, resource(path.substring("/assets/".length()))));
  }

  private static Map<String, String> assetTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    MODULES.forEach(m -> types.put("/assets/" + m, "text/javascript; charset=utf-8"));
    types.put("/assets/app.css", "text/css; charset=utf-8");
    types.put("/assets/favicon.svg", "image/svg+xml");
    return Map.copyOf(types);
  }

  @Override
  public void accept(JavalinConfig config) {
    for (String page : PAGES) {
      config.routes.get(page, this::page);
    }
    ASSETS.forEach(
        (path, type) ->
            config.routes.get(
                path,
                ctx ->
                    ctx.contentType(type)
                        .header("Cache-Control", "no-cache")
                        .result(assets.get(path))));
    // Runs after the JSON 404 handler: a browser asking for a page nobody has gets the shell.
    config.routes.error(404, this::unknownPage);
  }

  private void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(shell);
  }

  private void unknownPage(Context ctx) {
    String path = ctx.path();
    boolean page =
        (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD)
            && NOT_PAGES.stream().noneMatch(path::startsWith);
    if (page) {
      page(ctx);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PageRoutes.class.getResourceAsStream("/web/pages/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /web/pages/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
