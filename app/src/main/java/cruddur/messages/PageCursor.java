package cruddur.messages;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The page cursor: the sort key of the last item a page covered, base64url-encoded so that it
 * travels in a URL untouched. Callers treat it as opaque.
 */
final class PageCursor {
  private PageCursor() {}

  static String encode(String sk) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sk.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort key a cursor stands for.
   *
   * @throws IllegalArgumentException if {@code cursor} is not one {@link #encode} made
   */
  static String decode(String cursor) {
    try {
      String sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Times.parse(sk);
      return sk;
    } catch (IllegalArgumentException e) {
      String shown = cursor.length() > 60 ? cursor.substring(0, 60) + "..." : cursor;
      throw new IllegalArgumentException(
          "malformed page cursor \"" + shown + "\": pass back an olderCursor a page returned", e);
    }
  }
}
