package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the pages' routes answer over HTTP: types, the content policy, and unknown paths. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageRoutesTest {
  private final ApiFixture api = new ApiFixture();

  @AfterAll
  void stop() {
    api.close();
  }

  private static String mediaType(ApiFixture.Answer a) {
    return a.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
  }

  @Test
  void everyModuleStyleSheetAndTheIconAnswerWithTheirContentType() {
    PageRoutes.ASSETS.forEach(
        (path, type) -> {
          ApiFixture.Answer a = api.get(path, null);
          assertThat(a.status()).as(path).isEqualTo(200);
          assertThat(mediaType(a)).as(path).isEqualTo(type.split(";")[0]);
          assertThat(a.body()).as(path).isNotBlank();
        });
    assertThat(PageRoutes.ASSETS.get("/assets/favicon.svg")).isEqualTo("image/svg+xml");
  }

  @Test
  void everyModuleTheShellImportsIsServed() {
    for (String module : PageRoutes.MODULES) {
      String body = api.get("/assets/" + module, null).body();
      var imports = java.util.regex.Pattern.compile("from '\\./([a-z]+\\.js)'").matcher(body);
      while (imports.find()) {
        assertThat(PageRoutes.MODULES).as(module + " imports").contains(imports.group(1));
      }
    }
  }

  @Test
  void anUnknownPageAnswersTheShellWith404AndTheStrictContentPolicy() {
    ApiFixture.Answer a = api.get("/nope/deeper", null);

    assertThat(a.status()).isEqualTo(404);
    assertThat(mediaType(a)).isEqualTo("text/html");
    assertThat(a.body()).contains("<script type=\"module\" src=\"/assets/main.js\">");
    assertThat(a.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self';", "style-src 'self';")
        .doesNotContain("unsafe");
  }

  @Test
  void unknownApiPathsAndAssetsStayJson404s() {
    for (String path : new String[] {"/api/nope", "/assets/nope.js", "/favicon.ico"}) {
      ApiFixture.Answer a = api.get(path, null);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(mediaType(a)).as(path).isEqualTo("application/json");
      assertThat(a.json().get("error").asText()).as(path).isEqualTo("not_found");
    }
  }

  @Test
  void theShellLoadsNoInlineScriptOrStyle() {
    String shell = api.get("/messages", null).body();

    assertThat(shell).doesNotContain("<style", "style=", "onclick", "onload");
    assertThat(shell.replace("<script type=\"module\" src=\"/assets/main.js\"></script>", ""))
        .doesNotContain("<script");
    assertThat(shell).contains("<link rel=\"icon\" href=\"/assets/favicon.svg\"");
  }
}
