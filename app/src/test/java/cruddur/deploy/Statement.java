package cruddur.deploy;

import cruddur.messages.MessagesSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One IAM policy statement of the template, its resources written as the template writes them:
 * {@code MessagesTable.Arn} for a {@code GetAtt}, the text of a {@code Sub}, {@code *}.
 *
 * @param condition the template condition it is granted under, if it sits in an {@code If}
 */
record Statement(
    String sid, Set<String> actions, Set<String> resources, Optional<String> condition) {
  static final String TABLE_ARN = "MessagesTable.Arn";
  static final String INDEX_ARN = "${MessagesTable.Arn}/index/" + MessagesSchema.GROUP_INDEX;
  static final String STREAM_ARN = "${MessagesTable.Arn}/stream/*";

  /** The statements of a role's inline policies, or of a managed policy. */
  static List<Statement> of(Template template, String resource) {
    Map<String, Object> properties = template.properties(resource);
    List<Object> documents = new ArrayList<>();
    if (properties.containsKey("PolicyDocument")) {
      documents.add(properties.get("PolicyDocument"));
    }
    for (Object policy : Template.list(properties.getOrDefault("Policies", List.of()))) {
      documents.add(Template.map(policy).get("PolicyDocument"));
    }
    List<Statement> statements = new ArrayList<>();
    for (Object document : documents) {
      for (Object raw : Template.list(Template.map(document).get("Statement"))) {
        Map<String, Object> statement = Template.map(raw);
        Optional<String> condition = Optional.empty();
        if (statement.containsKey("Fn::If")) {
          List<Object> branches = Template.list(statement.get("Fn::If"));
          condition = Optional.of((String) branches.get(0));
          statement = Template.map(branches.get(1));
        }
        if (!"Allow".equals(statement.get("Effect"))) {
          throw new AssertionError(resource + ": only Allow statements are expected: " + statement);
        }
        statements.add(
            new Statement(
                (String) statement.get("Sid"),
                strings(statement.get("Action")),
                resources(statement.get("Resource")),
                condition));
      }
    }
    return statements;
  }

  /** The actions granted on the messages table or its group index. */
  static Set<String> tableActions(List<Statement> statements) {
    Set<String> actions = new TreeSet<>();
    statements.stream()
        .filter(s -> s.resources().contains(TABLE_ARN) || s.resources().contains(INDEX_ARN))
        .forEach(s -> actions.addAll(s.actions()));
    return actions;
  }

  private static Set<String> strings(Object value) {
    Set<String> out = new TreeSet<>();
    Template.list(value).forEach(v -> out.add((String) v));
    return out;
  }

  private static Set<String> resources(Object value) {
    Set<String> out = new TreeSet<>();
    for (Object resource : Template.list(value)) {
      if (resource instanceof String text) {
        out.add(text);
      } else {
        Map<String, Object> intrinsic = Template.map(resource);
        if (intrinsic.containsKey("Fn::GetAtt")) {
          out.add(
              String.join(
                  ".",
                  Template.list(intrinsic.get("Fn::GetAtt")).stream()
                      .map(String::valueOf)
                      .toList()));
        } else if (intrinsic.containsKey("Fn::Sub")) {
          out.add((String) intrinsic.get("Fn::Sub"));
        } else {
          throw new AssertionError("unexpected resource form: " + intrinsic);
        }
      }
    }
    return out;
  }
}
