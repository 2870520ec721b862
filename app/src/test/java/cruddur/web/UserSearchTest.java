package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.web.ApiFixture.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/users?q=}: finding someone to write to. The seed users are andrewbrown (Andrew
 * Brown), bayko (Andrew Bayko) and londo (Londo Mollari); a few more are added per test.
 */
class UserSearchTest {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  private Answer search(String handle, String q) {
    return api.get("/api/users?q=" + encode(q), api.signIn(handle));
  }

  private List<String> handles(String caller, String q) {
    Answer a = search(caller, q);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json().valueStream().map(u -> u.get("handle").asText()).toList();
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @ParameterizedTest(name = "{0} searching \"{1}\" finds [{2}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // handle prefixes first, then display-name words, each by handle; never the caller
        "londo       | andrew          | andrewbrown bayko",
        "londo       | b               | bayko andrewbrown",
        "bayko       | andrew          | andrewbrown",
        // trimmed, a leading @ dropped, case ignored
        "londo       | \"  @BAY \"     | bayko",
        "andrewbrown | MOL             | londo",
        // several words: a prefix of the display name, whitespace runs as one space
        "londo       | \"andrew   b\"  | andrewbrown bayko",
        "londo       | andrew br       | andrewbrown",
        // a prefix, not a substring
        "londo       | drew            | \"\"",
        "londo       | ollari          | \"\"",
      })
  void aSearchFindsHandleAndDisplayNameWordPrefixes(String caller, String q, String expected) {
    assertThat(handles(caller, q)).containsExactlyElementsOf(words(expected));
  }

  @ParameterizedTest(name = "\"{0}\" finds [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "under_            | under_score",
        "%                 | \"\"",
        "a%                | \"\"",
        "100%              | 100%pure",
        "\\                | \"\"",
        "back\\            | back\\slash",
        "\\%               | \"\"",
        "x' OR '1'='1      | \"\"",
        "'; DROP TABLE users; -- | \"\"",
        "a\u0000b          | \"\"",
      })
  void wildcardsQuotesAndNulInTheQueryAreMatchedLiterally(String q, String expected) {
    api.users.insertIfAbsent("Under Score", "under_score", "u1@example.com", "MOCK");
    api.users.insertIfAbsent("Underx Score", "underxscore", "u2@example.com", "MOCK");
    api.users.insertIfAbsent("Pure", "100%pure", "p@example.com", "MOCK");
    api.users.insertIfAbsent("Back Slash", "back\\slash", "b@example.com", "MOCK");

    assertThat(handles("andrewbrown", q)).containsExactlyElementsOf(words(expected));
    assertThat(api.user("bayko")).isNotNull();
  }

  @Test
  void caseIsIgnoredBeyondAscii() {
    api.users.insertIfAbsent("Élodie Ünal", "élodie", "e@example.com", "MOCK");

    assertThat(handles("londo", "ÉLO")).containsExactly("élodie");
    assertThat(handles("londo", "ün")).containsExactly("élodie");
  }

  @Test
  void aSearchFindsAtMostTenOrderedByHandle() {
    for (int i = 12; i >= 1; i--) {
      String handle = String.format("user%02d", i);
      api.users.insertIfAbsent("User " + i, handle, handle + "@example.com", "MOCK");
    }

    assertThat(handles("andrewbrown", "user"))
        .containsExactly(
            "user01", "user02", "user03", "user04", "user05", "user06", "user07", "user08",
            "user09", "user10");
  }

  @Test
  void eachUserFoundIsUuidHandleAndDisplayNameOnly() {
    JsonNode found = search("londo", "bayko").json().get(0);

    assertThat(found.properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("uuid", "handle", "display_name");
    assertThat(found.get("uuid").asText()).isEqualTo(api.user("bayko").uuid().toString());
    assertThat(found.get("display_name").asText()).isEqualTo("Andrew Bayko");
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {"/api/users", "/api/users?q=", "/api/users?q=%20%20", "/api/users?q=%40"})
  void aMissingOrBlankQueryFindsNobody(String path) {
    Answer a = api.get(path, api.signIn("londo"));

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).isEqualTo("[]");
  }

  @Test
  void aQueryOfMoreThan64CodePointsIs422QueryTooLong() {
    Answer longest = search("londo", "😀".repeat(64));
    Answer tooLong = search("londo", "@" + "😀".repeat(65));

    assertThat(longest.status()).isEqualTo(200);
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.json()).extracting(JsonNode::asText).containsExactly("query_too_long");
  }

  @Test
  void searchingWithoutAValidTokenIs401WithAnEmptyObject() {
    Answer none = api.get("/api/users?q=bayko", null);
    Answer garbage = api.get("/api/users?q=bayko", "not-a-token");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body()).isEqualTo("{}");
    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.body()).isEqualTo("{}");
  }

  private static List<String> words(String expected) {
    return expected.isBlank() ? List.of() : Arrays.asList(expected.strip().split(" +"));
  }
}
