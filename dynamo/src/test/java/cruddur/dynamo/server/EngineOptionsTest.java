package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EngineOptionsTest {
  @Test
  void defaultsListenOnLoopbackPort8000WithDataOnDisk() {
    DynamoConfig config = EngineOptions.parse().config();

    assertThat(config)
        .isEqualTo(new DynamoConfig("127.0.0.1", 8000, Path.of("data", "dynamo"), false));
  }

  @Test
  void optionsTakeSeparateOrInlineValues() {
    DynamoConfig config =
        EngineOptions.parse("--port=9000", "--host", "0.0.0.0", "--data-dir", "/tmp/x", "--sync")
            .config();

    assertThat(config).isEqualTo(new DynamoConfig("0.0.0.0", 9000, Path.of("/tmp/x"), true));
  }

  @Test
  void inMemoryKeepsNoDataDirectory() {
    assertThat(EngineOptions.parse("--in-memory").config().data()).isEmpty();
  }

  @Test
  void helpIsRecognised() {
    assertThat(EngineOptions.parse("--port", "1", "-h").help()).isTrue();
  }

  @Test
  void unknownOptionIsRejectedByName() {
    assertThatThrownBy(() -> EngineOptions.parse("--prot", "1"))
        .hasMessage("unknown option '--prot'");
  }

  @Test
  void portMustBeANumberInRange() {
    assertThatThrownBy(() -> EngineOptions.parse("--port", "http"))
        .hasMessage("--port needs a number, not 'http'");
    assertThatThrownBy(() -> EngineOptions.parse("--port", "70000"))
        .hasMessage("--port must be between 0 and 65535");
  }

  @Test
  void missingValueIsRejected() {
    assertThatThrownBy(() -> EngineOptions.parse("--host")).hasMessage("--host needs a value");
  }

  @Test
  void inMemoryAndDataDirExcludeEachOther() {
    assertThatThrownBy(() -> EngineOptions.parse("--in-memory", "--data-dir", "x"))
        .hasMessageContaining("exclude each other");
  }

  @Test
  void corsOriginsAreGrantedOnlyWhenNamed() {
    assertThat(EngineOptions.parse().config().corsOrigins()).isEmpty();
    assertThat(
            EngineOptions.parse("--cors-origin", "http://localhost:3000", "--cors-origin=*")
                .config()
                .corsOrigins())
        .containsExactly("http://localhost:3000", "*");
  }

  @Test
  void aCorsOriginWithAPathIsRejected() {
    assertThatThrownBy(() -> EngineOptions.parse("--cors-origin", "http://localhost:3000/app"))
        .hasMessageStartingWith("--cors-origin needs an origin such as http://localhost:3000");
  }
}
