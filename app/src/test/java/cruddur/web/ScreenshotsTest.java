package cruddur.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cruddur.messages.Participant;
import cruddur.seed.ConversationSeed;
import cruddur.seed.Dialogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The README's pictures of the pages, from the real pages with the seed data of {@code ./cruddur
 * ddb seed} (plus a message from londo): the seeded conversation on a desktop and on a phone, kept
 * as {@code target/screenshots/screenshot-{desktop,phone}.png}. To refresh the committed ones in
 * {@code docs/}: {@code ./mvnw -B -o -pl app test -Dtest=ScreenshotsTest
 * -Ddocs.screenshots=../docs}.
 */
class ScreenshotsTest {
  @Test
  void theSeededConversationOnADesktopAndOnAPhone() {
    assumeTrue(
        Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
        "skipped: no /usr/bin/chromium and /usr/bin/chromedriver");
    try (ApiFixture api = new ApiFixture();
        Browser b = new Browser()) {
      String group =
          new ConversationSeed(api.conversations, api.messages, Clock.systemUTC())
              .seed(
                  Participant.of(api.user("andrewbrown")),
                  Participant.of(api.user("bayko")),
                  Dialogue.lines())
              .groupUuid()
              .toString();
      api.post(
          "/api/messages",
          api.signIn("londo"),
          ApiFixture.json(
              Map.of(
                  "message", "Have you seen the new messenger? https://example.com/cruddur",
                  "handle", "andrewbrown")));
      b.signIn(api.uri("").toString(), "andrewbrown");
      for (Browser.Size size : Browser.Size.values()) {
        b.size(size);
        b.driver.get(api.uri("/messages/" + group).toString());
        b.until(d -> d.findElements(By.cssSelector(".messages li.message")).size() >= 20);
        b.until(
            d -> d.findElement(By.cssSelector(".conv-head h2")).getText().equals("Andrew Bayko"));
        String name = "screenshot-" + size.name().toLowerCase();
        b.screenshot(name);
        keep(name);
      }
    }
  }

  private static void keep(String name) {
    String docs = System.getProperty("docs.screenshots");
    if (docs == null) {
      return;
    }
    try {
      Files.copy(
          Path.of("target", "screenshots", name + ".png"),
          Path.of(docs, name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
