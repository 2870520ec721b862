package cruddur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpenApiTest {
  @Test
  void theServedDocumentDescribesExactlyTheRoutesTheServerHas() {
    try (ApiFixture api = new ApiFixture()) {
      JsonNode document = api.get("/openapi.json", null).json();
      List<String> documented = new ArrayList<>();
      for (var path : document.get("paths").properties()) {
        for (var method : path.getValue().properties()) {
          documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }

      List<String> apiRoutes =
          api.server.routes().stream()
              .filter(r -> !PageRoutes.PAGES.contains(r.substring(r.indexOf(' ') + 1)))
              .filter(r -> !PageRoutes.ASSETS.containsKey(r.substring(r.indexOf(' ') + 1)))
              .toList();

      assertThat(documented).containsExactlyInAnyOrderElementsOf(apiRoutes);
      assertThat(document.get("openapi").asText()).startsWith("3.");
    }
  }
}
