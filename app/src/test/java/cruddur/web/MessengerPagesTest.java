package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cruddur.messages.Participant;
import cruddur.seed.ConversationSeed;
import cruddur.seed.Dialogue;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The pages as a person uses a messenger, at a desktop's 1280×800 and a phone's 390×844, in one
 * browser against one API (each test signs in afresh and writes its own, unique text).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessengerPagesTest {
  private ApiFixture api;
  private Browser b;
  private String base;
  private String withBayko;

  @BeforeAll
  void start() {
    assumeTrue(
        Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
        "skipped: no /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install -y chromium chromium-driver)");
    api = new ApiFixture(new SendLimit(1000, 1000, System::nanoTime));
    api.startStreamProcessor();
    // The sample dialogue, ending three days ago: the page separates its day from today's.
    Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
    withBayko =
        new ConversationSeed(api.conversations, api.messages, past)
            .seed(participant("andrewbrown"), participant("bayko"), Dialogue.lines())
            .groupUuid()
            .toString();
    base = api.uri("").toString();
    b = new Browser();
  }

  @AfterAll
  void stop() {
    if (b != null) {
      b.close();
    }
    if (api != null) {
      api.close();
    }
  }

  @BeforeEach
  void freshTab() {
    b.size(Browser.Size.DESKTOP);
    b.driver.get(base + "/sign-in");
    b.script("localStorage.clear()");
  }

  private Participant participant(String handle) {
    return Participant.of(api.user(handle));
  }

  private static String unique(String text) {
    return text + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private String lastMessage() {
    List<WebElement> shown = b.driver.findElements(By.cssSelector(".messages li.message .text"));
    return shown.isEmpty() ? "" : shown.get(shown.size() - 1).getText();
  }

  private boolean shown(String css) {
    return b.driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
  }

  @ParameterizedTest
  @EnumSource(Browser.Size.class)
  void aPersonPicksAConversationTypesAndSendsWithEnterAndShiftEnterMakesANewline(
      Browser.Size size) {
    b.size(size);
    b.signIn(base, "andrewbrown");
    if (size == Browser.Size.PHONE) {
      assertThat(shown(".main-pane")).as("one pane at a time on a phone").isFalse();
    } else {
      assertThat(shown(".main-pane")).as("two panes on a desktop").isTrue();
    }
    b.screenshot("list-" + size.name().toLowerCase());

    b.find("a[data-group='" + withBayko + "']").click();
    b.until(d -> d.findElement(By.cssSelector(".conv-head h2")).getText().equals("Andrew Bayko"));
    assertThat(shown(".list-pane")).isEqualTo(size == Browser.Size.DESKTOP);
    assertThat(shown(".conv-head .back")).isEqualTo(size == Browser.Size.PHONE);
    String first = unique("first line");
    String second = unique("second");
    WebElement text = b.find("form.send textarea");
    text.click();
    text.sendKeys(first, Keys.chord(Keys.SHIFT, Keys.ENTER), "and another");
    text.sendKeys(Keys.ENTER);
    b.until(d -> lastMessage().equals(first + "\nand another"));
    b.until(d -> text.getAttribute("value").isEmpty());
    text.sendKeys(second, Keys.ENTER);
    b.until(d -> lastMessage().equals(second));

    // Own messages on the right, grouped: the name once, not on the second bubble.
    List<WebElement> mine = b.driver.findElements(By.cssSelector(".messages li.message.mine"));
    WebElement last = mine.get(mine.size() - 1);
    assertThat(last.getAttribute("class")).contains("grouped");
    assertThat(last.findElements(By.cssSelector(".sender"))).isEmpty();
    WebElement theirs = b.find(".messages li.message.theirs .bubble");
    assertThat(last.getRect().getX()).isGreaterThan(theirs.getRect().getX());
    // The dialogue of three days ago and today's messages are separated by days.
    List<String> days =
        b.driver.findElements(By.cssSelector(".messages li.day")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(days).hasSize(2).last().isEqualTo("Today");
    assertThat(days.get(0)).isNotIn("Today", "Yesterday");
    // Relative times, with the exact local time on hover.
    WebElement time = last.findElement(By.cssSelector("time"));
    assertThat(time.getText()).isEqualTo("just now");
    assertThat(time.getAttribute("title")).matches(".*\\d{1,2}:\\d{2}.*");
    // The compose box is at the bottom of the window.
    assertThat(text.getRect().getY() + text.getRect().getHeight()).isLessThan(size.height);
    assertThat(text.getRect().getY()).isGreaterThan(size.height / 2);
    b.screenshot("conversation-" + size.name().toLowerCase());

    if (size == Browser.Size.PHONE) {
      b.find(".conv-head .back").click();
      b.until(d -> shown(".list-pane") && !shown(".main-pane"));
    }
  }

  @ParameterizedTest
  @EnumSource(Browser.Size.class)
  void a700CharacterUnbrokenMessageScrollsNoOneSidewaysNeitherSenderNorReceiver(Browser.Size size) {
    b.size(size);
    String longWord = "x".repeat(690) + unique("").replace(" ", "");
    String longUrl = "https://example.com/" + "a".repeat(700);
    b.signIn(base, "andrewbrown");
    b.find("a[data-group='" + withBayko + "']").click();
    WebElement text = b.find("form.send textarea");
    text.sendKeys(longWord, Keys.ENTER);
    b.until(d -> lastMessage().equals(longWord));
    text.sendKeys(longUrl, Keys.ENTER);
    b.until(d -> lastMessage().equals(longUrl));
    assertThat(b.sidewaysScroll()).as("sender, conversation").isLessThanOrEqualTo(0);
    WebElement link = b.find(".messages li.message:last-child .text a");
    assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(link.getAttribute("target")).isEqualTo("_blank");
    b.screenshot("long-message-sender-" + size.name().toLowerCase());

    b.find("#sign-out").click();
    b.signIn(base, "bayko");
    assertThat(b.sidewaysScroll()).as("receiver, list").isLessThanOrEqualTo(0);
    b.find("a[data-group='" + withBayko + "']").click();
    b.until(d -> lastMessage().equals(longUrl));
    assertThat(b.sidewaysScroll()).as("receiver, conversation").isLessThanOrEqualTo(0);
    b.screenshot("long-message-receiver-" + size.name().toLowerCase());
  }

  @Test
  void aDraftIsKeptPerConversationAcrossAReload() {
    String withLondo = api.startConversation("londo", "andrewbrown", unique("hello from londo"));
    b.signIn(base, "andrewbrown");
    String toBayko = unique("half-written to bayko");
    String toLondo = unique("half-written to londo");
    b.driver.get(base + "/messages/" + withBayko);
    b.find("form.send textarea").sendKeys(toBayko);
    b.driver.get(base + "/messages/" + withLondo);
    b.find("form.send textarea").sendKeys(toLondo);

    b.driver.navigate().refresh();
    b.until(d -> b.find("form.send textarea").getAttribute("value").equals(toLondo));
    b.find("a[data-group='" + withBayko + "']").click();
    b.until(d -> b.find(".conv-head h2").getText().equals("Andrew Bayko"));
    assertThat(b.find("form.send textarea").getAttribute("value")).isEqualTo(toBayko);
  }

  @Test
  void whatIsTypedWhileASendIsInFlightIsKeptWhenTheSendCompletes() {
    b.signIn(base, "andrewbrown");
    b.driver.get(base + "/messages/" + withBayko);
    WebElement text = b.find("form.send textarea");
    String sent = unique("sent");
    b.latency(1500);
    try {
      text.sendKeys(sent, Keys.ENTER);
      text.sendKeys(" and then more");
      b.until(d -> lastMessage().equals(sent));
    } finally {
      b.latency(0);
    }
    b.until(d -> text.getAttribute("value").equals(" and then more"));
  }

  @Test
  void aFailedSendStaysWithARetryAndAnOfflineBannerThatClearsItselfWhenTheApiAnswers() {
    b.signIn(base, "andrewbrown");
    b.driver.get(base + "/messages/" + withBayko);
    WebElement text = b.find("form.send textarea");
    String message = unique("sent while offline");
    b.offline(true);
    try {
      text.sendKeys(message, Keys.ENTER);
      b.until(d -> b.find("form.send .retry").isDisplayed());
      assertThat(b.find("#offline").isDisplayed()).isTrue();
      assertThat(b.find("#offline").getText()).contains("Can't reach Cruddur");
      assertThat(b.find("form.send .problem").getText()).contains("Not sent");
      assertThat(b.driver.findElement(By.tagName("body")).getText())
          .doesNotContain("Failed to fetch");
      assertThat(text.getAttribute("value")).isEqualTo(message);
      b.screenshot("offline");
    } finally {
      b.offline(false);
    }
    b.until(d -> !b.find("#offline").isDisplayed());

    b.find("form.send .retry").click();

    b.until(d -> lastMessage().equals(message));
    b.until(d -> text.getAttribute("value").isEmpty());
    assertThat(b.driver.findElements(By.cssSelector("form.send .retry"))).isEmpty();
  }

  @Test
  void openingAConversationClearsItsBadgeAtOnceAndTheTitleCountRightAfter() {
    String group = api.startConversation("londo", "andrewbrown", unique("one"));
    post("londo", group, unique("two"));
    b.signIn(base, "andrewbrown");
    WebElement badge =
        b.until(d -> d.findElement(By.cssSelector("a[data-group='" + group + "'] .unread")));
    b.until(d -> badge.getText().startsWith("2"));
    b.until(d -> d.getTitle().matches("\\(\\d+\\) Cruddur Messages"));

    b.find("a[data-group='" + group + "']").click();

    assertThat(b.driver.findElements(By.cssSelector("a[data-group='" + group + "'] .unread")))
        .isEmpty();
    b.until(d -> d.getTitle().equals("Cruddur Messages"));
  }

  @Test
  void theSignInSurvivesANewTabAndSigningOutInOneSignsOutEveryTab() {
    b.signIn(base, "bayko");
    String first = b.driver.getWindowHandle();
    b.driver.switchTo().newWindow(WindowType.TAB);
    try {
      b.driver.get(base + "/messages");
      b.find(".groups li");
      assertThat(b.find("#me").getText()).isEqualTo("@bayko");
      b.find("#sign-out").click();
      b.find("button[data-handle='andrewbrown']");
    } finally {
      b.driver.close();
      b.driver.switchTo().window(first);
    }
    b.find("button[data-handle='andrewbrown']");
    assertThat(b.find("#sign-out").isDisplayed()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Browser.Size.class)
  void anUnknownPageAndAnUnknownConversationArePagesWithAWayBack(Browser.Size size) {
    b.size(size);
    b.signIn(base, "andrewbrown");
    b.driver.get(base + "/nope");
    assertThat(b.find("h1").getText()).isEqualTo("Page not found");
    b.find(".not-found a").click();
    b.until(d -> d.getCurrentUrl().endsWith("/messages"));
    b.find(".groups li");

    b.driver.get(base + "/messages/" + UUID.randomUUID());
    b.until(
        d -> d.findElement(By.cssSelector(".missing h2")).getText().equals("No such conversation"));
    b.screenshot("no-such-conversation-" + size.name().toLowerCase());
    b.find(".missing a").click();
    b.until(d -> d.getCurrentUrl().endsWith("/messages"));
  }

  @ParameterizedTest
  @EnumSource(Browser.Size.class)
  void searchingLonOffersLondoAndPickingSomeoneOpensTheConversationWithThemOrANewOne(
      Browser.Size size) {
    b.size(size);
    b.signIn(base, "bayko");
    b.find(".new-message").click();
    WebElement search = b.find("#people-search");
    assertThat(b.driver.switchTo().activeElement()).isEqualTo(search);
    search.sendKeys("lon");
    b.until(d -> d.findElement(By.cssSelector("#people-results [data-handle='londo']")));
    assertThat(b.find("#people-results [role='option']").getAttribute("aria-selected"))
        .isEqualTo("true");
    b.screenshot("search-" + size.name().toLowerCase());

    search.sendKeys(Keys.ENTER);

    b.until(d -> d.getCurrentUrl().endsWith("/messages/new/londo"));
    b.until(d -> d.findElement(By.cssSelector(".conv-head h2")).getText().equals("Londo Mollari"));

    if (size == Browser.Size.PHONE) {
      b.find(".conv-head .back").click();
    }
    b.find(".new-message").click();
    search = b.find("#people-search");
    search.sendKeys("andrew");
    b.until(d -> d.findElement(By.cssSelector("#people-results [data-handle='andrewbrown']")));
    assertThat(b.driver.findElements(By.cssSelector("#people-results [data-handle='bayko']")))
        .as("never the caller")
        .isEmpty();
    search.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER);

    b.until(d -> d.getCurrentUrl().endsWith("/messages/" + withBayko));
    b.until(d -> d.findElement(By.cssSelector(".conv-head h2")).getText().equals("Andrew Brown"));
  }

  @Test
  void startingAConversationWithYourselfIsRefusedInWords() {
    b.signIn(base, "andrewbrown");
    b.driver.get(base + "/messages/new/andrewbrown");
    b.find("form.send textarea").sendKeys("hello me", Keys.ENTER);

    WebElement problem = b.find("form.send .problem .why");
    b.until(d -> problem.getText().contains("You can't start a conversation with yourself."));
    assertThat(b.driver.findElement(By.tagName("body")).getText()).doesNotContain("reciever");
  }

  @Test
  void aMessageThatArrivesIsAnnouncedToScreenReaders() {
    String group = api.startConversation("londo", "andrewbrown", unique("hello"));
    b.signIn(base, "andrewbrown");
    b.find("a[data-group='" + group + "']").click();
    b.find(".messages li.message");
    String arriving = unique("are you reading this");

    post("londo", group, arriving);

    WebElement announcer = b.driver.findElement(By.id("announce"));
    assertThat(announcer.getAttribute("aria-live")).isEqualTo("polite");
    b.until(d -> announcer.getAttribute("textContent").equals("Londo Mollari: " + arriving));
  }

  @Test
  void keyboardFocusIsVisibleOnTheFocusedElement() {
    b.signIn(base, "andrewbrown");
    b.until(d -> b.script("return document.activeElement.textContent").equals("Messages"));

    b.driver.switchTo().activeElement().sendKeys(Keys.TAB);

    WebElement focused = b.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("New message");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(b.find("main").getCssValue("outline-style")).isEqualTo("none");
    focused.sendKeys(Keys.ENTER);
    b.until(d -> d.switchTo().activeElement().getAttribute("id").equals("people-search"));
  }

  private void post(String from, String group, String text) {
    assertThat(
            api.post(
                    "/api/messages",
                    api.signIn(from),
                    ApiFixture.json(Map.of("message", text, "message_group_uuid", group)))
                .status())
        .isEqualTo(200);
  }
}
