package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * axe-core, in the browser through Deque's Selenium binding, finds no serious or critical violation
 * on the sign-in, list, conversation and search views, in light and dark mode, at both sizes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {
  private ApiFixture api;
  private Browser b;
  private String base;
  private String group;

  @BeforeAll
  void start() {
    assumeTrue(
        Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER),
        "skipped: no /usr/bin/chromium and /usr/bin/chromedriver"
            + " (apt-get install -y chromium chromium-driver)");
    api = new ApiFixture();
    String bayko = api.signIn("bayko");
    group =
        api.post(
                "/api/messages",
                bayko,
                ApiFixture.json(
                    Map.of(
                        "message",
                        "hi, see https://example.com/some/page and tell me",
                        "handle",
                        "andrewbrown")))
            .json()
            .get("message_group_uuid")
            .asText();
    api.post(
        "/api/messages",
        api.signIn("andrewbrown"),
        ApiFixture.json(Map.of("message", "looking now", "message_group_uuid", group)));
    api.post(
        "/api/messages",
        bayko,
        ApiFixture.json(Map.of("message", "thanks!", "message_group_uuid", group)));
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

  static Stream<Arguments> schemesAndSizes() {
    return Stream.of("light", "dark")
        .flatMap(s -> Stream.of(Browser.Size.values()).map(size -> Arguments.of(s, size)));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("schemesAndSizes")
  void noViewHasASeriousOrCriticalViolation(String scheme, Browser.Size size) {
    b.size(size);
    b.colorScheme(scheme);
    String at = scheme + "-" + size.name().toLowerCase();
    b.driver.get(base + "/sign-in");
    b.script("localStorage.clear()");
    b.driver.navigate().refresh();
    b.find("button[data-handle='andrewbrown']");
    assertNoSeriousViolations("sign-in " + at);
    b.screenshot("a11y-sign-in-" + at);

    b.find("button[data-handle='andrewbrown']").click();
    b.find(".groups li a");
    assertNoSeriousViolations("list " + at);
    b.screenshot("a11y-list-" + at);

    b.find("a[data-group='" + group + "']").click();
    b.find(".messages li.message .text a");
    assertNoSeriousViolations("conversation " + at);
    b.screenshot("a11y-conversation-" + at);

    b.driver.get(base + "/messages/new");
    b.find("#people-search").sendKeys("lon");
    b.until(d -> d.findElement(By.cssSelector("#people-results [data-handle='londo']")));
    assertNoSeriousViolations("search " + at);
    b.screenshot("a11y-search-" + at);
  }

  private static String describe(Rule r) {
    return r.getId()
        + " ("
        + r.getImpact()
        + "): "
        + r.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary()).toList();
  }

  private void assertNoSeriousViolations(String view) {
    List<String> serious =
        new AxeBuilder()
            .analyze(b.driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(AccessibilityTest::describe)
                .toList();
    assertThat(serious).as(view).isEmpty();
  }
}
