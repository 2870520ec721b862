package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The pages in a real browser, against the API with everything real behind it. They need Debian's
 * Chromium and chromedriver ({@code apt-get install -y chromium chromium-driver}, as {@code
 * .ci/run} does); on a machine without them they are skipped, and say so.
 */
class PagesTest {
  @BeforeAll
  static void chromiumIsInstalled() {
    assumeTrue(
        Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
        "skipped: no /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install -y chromium chromium-driver)");
  }

  // Tests here send faster than a person; the send limit has its own test.
  private final ApiFixture api = new ApiFixture(new SendLimit(1000, 1000, System::nanoTime));

  PagesTest() {
    api.startStreamProcessor();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** The sample conversation of {@code ./cruddur ddb seed}, as {@code ./cruddur up} writes it. */
  private java.util.UUID seedSampleConversation() {
    return new cruddur.seed.ConversationSeed(
            api.conversations, api.messages, java.time.Clock.systemUTC())
        .seed(participant("andrewbrown"), participant("bayko"), cruddur.seed.Dialogue.lines())
        .groupUuid();
  }

  private cruddur.messages.Participant participant(String handle) {
    return cruddur.messages.Participant.of(api.user(handle));
  }

  private static void signIn(Browser b, String base, String handle) {
    b.driver.get(base + "/sign-in");
    b.find("button[data-handle='" + handle + "']").click();
    b.find(".groups li");
  }

  @Test
  void
      andrewSendsInTheSeededConversationBaykoSeesItArriveWithABadgeAndTheTitleCountOpensItAndAndrewSeesSeen()
          throws Exception {
    String withBayko = seedSampleConversation().toString();
    api.startConversation("londo", "bayko", "a newer conversation");
    String base = api.uri("").toString();
    try (Browser andrew = new Browser();
        Browser bayko = new Browser()) {
      signIn(bayko, base, "bayko");
      bayko.screenshot("messages-list");
      assertThat(bayko.driver.findElements(By.cssSelector(".groups a")).get(0).getText())
          .contains("londo");

      signIn(andrew, base, "andrewbrown");
      andrew.find("a[data-group='" + withBayko + "']").click();
      andrew.find(".messages li.message");
      WebElement text = andrew.find("form.send textarea");
      text.sendKeys("are you there?");
      andrew.find("form.send button").click();
      andrew.until(
          d -> {
            var shown = d.findElements(By.cssSelector(".messages li.message .text"));
            return shown.get(shown.size() - 1).getText().equals("are you there?");
          });
      andrew.screenshot("conversation");

      bayko.until(
          d ->
              d.findElements(By.cssSelector(".groups a"))
                  .get(0)
                  .getText()
                  .contains("are you there?"));
      bayko.screenshot("messages-list-live");
      assertThat(
              bayko
                  .driver
                  .findElements(By.cssSelector(".groups a"))
                  .get(0)
                  .getAttribute("data-group"))
          .isEqualTo(withBayko);
      // The badge and the tab title say it is unread; opening it clears both, and the sender
      // sees "Seen" under his message, live.
      bayko.until(
          d ->
              !d.findElements(By.cssSelector("a[data-group='" + withBayko + "'] .unread"))
                  .isEmpty());
      bayko.until(d -> d.getTitle().matches("\\(\\d+\\) Cruddur Messages"));
      assertThat(andrew.driver.findElements(By.cssSelector(".messages .seen"))).isEmpty();

      bayko.find("a[data-group='" + withBayko + "']").click();

      assertThat(
              bayko.driver.findElements(
                  By.cssSelector("a[data-group='" + withBayko + "'] .unread")))
          .isEmpty();
      // What remains unread is londo's one message.
      bayko.until(d -> d.getTitle().equals("(1) Cruddur Messages"));
      bayko.until(
          d -> {
            var shown = d.findElements(By.cssSelector(".messages li.message .text"));
            return shown.get(shown.size() - 1).getText().equals("are you there?");
          });
      WebElement seen = andrew.find(".messages li.message.mine:last-of-type .seen");
      assertThat(seen.getText()).isEqualTo("Seen");
      andrew.screenshot("seen");
    }
  }

  @Test
  void olderMessagesLoadWhenScrolledToTheTop() {
    String group = api.startConversation("andrewbrown", "bayko", "m0");
    String token = api.signIn("andrewbrown");
    for (int i = 1; i < 25; i++) {
      assertThat(
              api.post(
                      "/api/messages",
                      token,
                      ApiFixture.json(Map.of("message", "m" + i, "message_group_uuid", group)))
                  .status())
          .isEqualTo(200);
    }
    try (Browser b = new Browser()) {
      signIn(b, api.uri("").toString(), "andrewbrown");
      b.driver.get(api.uri("/messages/" + group).toString());
      b.until(d -> d.findElements(By.cssSelector(".messages li.message")).size() == 20);

      b.driver.executeScript("document.querySelector('.messages').scrollTop = 0");

      b.until(d -> d.findElements(By.cssSelector(".messages li.message")).size() == 25);
      assertThat(b.find(".messages li.message .text").getText()).isEqualTo("m0");
    }
  }

  @Test
  void aMessageCanBeWrittenAndSentWithTheKeyboardAlone() {
    String group = api.startConversation("andrewbrown", "bayko", "hi");
    try (Browser b = new Browser()) {
      signIn(b, api.uri("").toString(), "andrewbrown");
      b.driver.get(api.uri("/messages/" + group).toString());
      b.find(".messages li.message");
      WebElement text = b.find("form.send textarea");
      text.click();

      text.sendKeys("typed, then Tab and Enter");
      b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      b.driver.switchTo().activeElement().sendKeys(Keys.ENTER);

      b.until(d -> d.findElements(By.cssSelector(".messages li.message .text")).size() == 2);
      assertThat(
              b.driver.findElements(By.cssSelector(".messages li.message .text")).get(1).getText())
          .isEqualTo("typed, then Tab and Enter");
    }
  }

  @Test
  void theFormCountsDownFrom1024AndRefusesToSendPastIt() {
    String group = api.startConversation("andrewbrown", "bayko", "hi");
    try (Browser b = new Browser()) {
      signIn(b, api.uri("").toString(), "andrewbrown");
      b.driver.get(api.uri("/messages/" + group).toString());
      WebElement text = b.find("form.send textarea");
      WebElement count = b.find("form.send .count");
      WebElement send = b.find("form.send button");

      text.sendKeys("x".repeat(1000));
      String at1000 = count.getText();
      text.sendKeys("y".repeat(25));

      assertThat(at1000).isEqualTo("24");
      assertThat(count.getText()).isEqualTo("-1");
      assertThat(send.isEnabled()).isFalse();
      b.screenshot("counter-over");
    }
  }

  @Test
  void startingAConversationFromTheNewMessagePageLandsInIt() {
    try (Browser b = new Browser()) {
      signIn(b, api.uri("").toString(), "andrewbrown");
      b.driver.get(api.uri("/messages/new/londo").toString());
      b.find("h1");
      b.screenshot("new-message");
      b.find("form.send textarea").sendKeys("hi londo");
      b.find("form.send button").click();

      b.until(d -> d.getCurrentUrl().matches(".*/messages/[0-9a-f-]{36}$"));
      assertThat(b.find(".messages li.message .text").getText()).isEqualTo("hi londo");
    }
  }

  @Test
  void withACognitoPoolTheSignInPageTakesAPastedAccessToken() {
    try (ApiFixture cognito =
            new ApiFixture(
                SendLimit.DEFAULT,
                issuer ->
                    new cruddur.auth.AccessTokenVerifier(
                        issuer.issuer(),
                        issuer.clientId(),
                        issuer.keys(),
                        java.time.Clock.systemUTC(),
                        Duration.ofSeconds(60)),
                false);
        Browser b = new Browser()) {
      cognito.users.updateCognitoUserIds(Map.of("bayko", "cognito-sub-of-bayko"));
      String token =
          cognito.issuer.signAccessToken("cognito-sub-of-bayko", "bayko", Duration.ofMinutes(5));
      b.driver.get(cognito.uri("/sign-in").toString());
      WebElement pasted = b.find("#access-token");
      b.screenshot("sign-in-cognito");

      pasted.sendKeys(token);
      b.find("form.token button").click();

      b.find(".groups");
      assertThat(b.driver.getCurrentUrl()).endsWith("/messages");
      assertThat(b.find("#me").getText()).isEqualTo("@bayko");
    }
  }

  @Test
  void htmlInAMessageIsShownAsText() {
    String payload = "<img src=x onerror=alert(1)>";
    String group = api.startConversation("bayko", "andrewbrown", payload);
    try (Browser b = new Browser()) {
      signIn(b, api.uri("").toString(), "andrewbrown");
      b.driver.get(api.uri("/messages/" + group).toString());

      WebElement shown = b.find(".messages li.message .text");

      assertThat(shown.getText()).isEqualTo(payload);
      assertThat(b.driver.findElements(By.cssSelector(".messages img"))).isEmpty();
      b.screenshot("xss-as-text");
    }
  }
}
