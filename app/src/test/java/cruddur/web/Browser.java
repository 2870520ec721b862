package cruddur.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, through its own chromedriver (never a downloaded one), with a fresh
 * profile; screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  Browser() {
    try {
      profile = Files.createTempDirectory("cruddur-chromium");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1200,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  WebElement find(String css) {
    return until(d -> d.findElement(By.cssSelector(css)));
  }

  /** The sizes the pages are tested at: a desktop window and a phone's screen. */
  enum Size {
    DESKTOP(1280, 800, false),
    PHONE(390, 844, true);

    final int width;
    final int height;
    final boolean mobile;

    Size(int width, int height, boolean mobile) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }
  }

  /** Shows the pages at {@code size}, as a phone's screen for the phone (touch, no scrollbars). */
  void size(Size size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", size.width,
            "height", size.height,
            "deviceScaleFactor", 1,
            "mobile", size.mobile));
  }

  /** Emulates {@code prefers-color-scheme: scheme} ("light" or "dark"). */
  void colorScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Cuts the browser off the network, or puts it back. */
  void offline(boolean offline) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", offline,
            "latency", 0,
            "downloadThroughput", -1,
            "uploadThroughput", -1));
  }

  /** Delays every request by {@code millis}. */
  void latency(int millis) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", false, "latency", millis, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Signs in by picking {@code handle} on the sign-in page, and waits for the list. */
  void signIn(String base, String handle) {
    driver.get(base + "/sign-in");
    find("button[data-handle='" + handle + "']").click();
    find(".groups li");
  }

  /**
   * How far the page, or any of its panes, scrolls sideways (their own overflow included, even
   * where it is clipped): 0 when nothing is wider than where it is shown.
   */
  long sidewaysScroll() {
    return (Long)
        driver.executeScript(
            "const boxes = [document.scrollingElement,"
                + " ...document.querySelectorAll('main, .list-pane, .groups, .main-pane,"
                + " .messages, form.send')];"
                + " return Math.max(0, ...boxes.map(b => b.scrollWidth - b.clientWidth));");
  }

  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** The condition's first value that is neither null nor false, waiting up to 30 s for it. */
  <T> T until(Function<WebDriver, T> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        T value = condition.apply(driver);
        if (value != null && !Boolean.FALSE.equals(value)) {
          return value;
        }
      } catch (NoSuchElementException
          | StaleElementReferenceException
          | IndexOutOfBoundsException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    String shown;
    try {
      screenshot("failed-" + System.currentTimeMillis());
      shown = driver.findElement(By.tagName("body")).getText();
    } catch (RuntimeException e) {
      shown = "(unreadable: " + e + ")";
    }
    throw new AssertionError(
        "page never got there: " + driver.getCurrentUrl() + ", showing:\n" + shown, last);
  }

  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
