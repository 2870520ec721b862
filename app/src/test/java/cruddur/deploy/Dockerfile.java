package cruddur.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code deploy/Dockerfile}'s instructions, read as Docker reads them (continuations joined). */
record Dockerfile(List<Dockerfile.Instruction> instructions) {
  static final Path FILE = Template.repositoryRoot().resolve("deploy/Dockerfile");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One instruction: {@code COPY a b} is ("COPY", "a b"). */
  record Instruction(String keyword, String arguments) {}

  static Dockerfile load() throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : Files.readAllLines(FILE)) {
      String text = line.strip();
      if (pending.isEmpty() && (text.isEmpty() || text.startsWith("#"))) {
        continue;
      }
      if (text.endsWith("\\")) {
        pending.append(text, 0, text.length() - 1).append(' ');
        continue;
      }
      pending.append(text);
      String joined = pending.toString().strip();
      pending.setLength(0);
      int space = joined.indexOf(' ');
      instructions.add(
          new Instruction(
              joined.substring(0, space).toUpperCase(), joined.substring(space + 1).strip()));
    }
    return new Dockerfile(instructions);
  }

  List<String> all(String keyword) {
    return instructions.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }

  String only(String keyword) {
    List<String> found = all(keyword);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + keyword + ", found " + found);
    }
    return found.get(0);
  }

  /** The ENTRYPOINT, which must be in exec (JSON array) form. */
  List<String> entrypoint() throws IOException {
    return JSON.readValue(only("ENTRYPOINT"), new TypeReference<List<String>>() {});
  }

  /** The HEALTHCHECK's command, which must be in exec form. */
  List<String> healthCheck() throws IOException {
    String arguments = only("HEALTHCHECK");
    int cmd = arguments.indexOf("CMD [");
    if (cmd < 0) {
      throw new AssertionError("HEALTHCHECK without an exec-form CMD: " + arguments);
    }
    return JSON.readValue(arguments.substring(cmd + 4), new TypeReference<List<String>>() {});
  }
}
