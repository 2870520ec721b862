package cruddur.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pages: one HTML shell for every page path, and its script and style sheet, all from the class
 * path (no separate build). The script asks the API for everything it shows.
 */
public final class PageRoutes implements Consumer<JavalinConfig> {
  /** The page paths; each answers the same shell, whose script renders the page. */
  public static final List<String> PAGES =
      List.of(
          "/", "/sign-in", "/messages", "/messages/{message_group_uuid}", "/messages/new/{handle}");

  /** The assets, by path, with their content types. */
  public static final Map<String, String> ASSETS =
      Map.of(
          "/assets/app.js", "text/javascript; charset=utf-8",
          "/assets/app.css", "text/css; charset=utf-8");

  private final byte[] shell = resource("index.html");
  private final Map<String, byte[]> assets =
      Map.of("/assets/app.js", resource("app.js"), "/assets/app.css", resource("app.css"));

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
  }

  private void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(shell);
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
