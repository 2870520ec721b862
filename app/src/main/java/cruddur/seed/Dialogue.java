package cruddur.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample dialogue this project wrote for the seeded conversation, one line per message. */
public final class Dialogue {
  private static final String RESOURCE = "/cruddur/seed/dialogue.txt";

  private Dialogue() {}

  public static List<String> lines() {
    try (InputStream in = Dialogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
