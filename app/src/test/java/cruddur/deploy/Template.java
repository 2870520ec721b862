package cruddur.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * {@code deploy/template.yaml} read as CloudFormation reads it: YAML 1.1, with the short-form
 * intrinsic functions ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, ...) turned into their long
 * forms ({@code {"Ref": ...}}, {@code {"Fn::GetAtt": [resource, attribute]}}, ...).
 */
final class Template {
  static final Path FILE = repositoryRoot().resolve("deploy/template.yaml");

  private static final List<String> FUNCTIONS =
      List.of(
          "Ref",
          "Condition",
          "GetAtt",
          "Sub",
          "If",
          "Equals",
          "Not",
          "And",
          "Or",
          "Join",
          "Select",
          "Split",
          "FindInMap",
          "GetAZs",
          "ImportValue",
          "Base64",
          "Cidr");
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private final Map<String, Object> root;

  private Template(Map<String, Object> root) {
    this.root = root;
  }

  static Template load() throws IOException {
    try (Reader reader = Files.newBufferedReader(FILE)) {
      return of(new Yaml(new CloudFormationConstructor()).load(reader));
    }
  }

  /** A template from text (for testing the checks themselves). */
  static Template parse(String yaml) {
    return of(new Yaml(new CloudFormationConstructor()).load(yaml));
  }

  private static Template of(Object root) {
    if (!(root instanceof Map<?, ?>)) {
      throw new IllegalStateException("a template is a YAML mapping, not " + root);
    }
    return new Template(map(root));
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  Map<String, Object> root() {
    return root;
  }

  Map<String, Object> section(String name) {
    return root.containsKey(name) ? map(root.get(name)) : Map.of();
  }

  Map<String, Object> resource(String name) {
    Object resource = section("Resources").get(name);
    if (resource == null) {
      throw new AssertionError("the template has no resource " + name);
    }
    return map(resource);
  }

  Map<String, Object> properties(String resource) {
    return map(resource(resource).get("Properties"));
  }

  String type(String resource) {
    return (String) resource(resource).get("Type");
  }

  /** The names of the resources of one type. */
  List<String> resourcesOfType(String type) {
    List<String> names = new ArrayList<>();
    section("Resources")
        .forEach(
            (name, r) -> {
              if (type.equals(map(r).get("Type"))) {
                names.add(name);
              }
            });
    return names;
  }

  String parameterDefault(String name) {
    return String.valueOf(map(section("Parameters").get(name)).get("Default"));
  }

  /**
   * Every mistake in the template's references: a {@code Ref}, {@code GetAtt} or {@code Sub}
   * variable naming no parameter, resource or pseudo parameter; a condition that is not defined; a
   * conditional resource referred to where its condition is not known to hold.
   */
  List<String> referenceErrors() {
    List<String> errors = new ArrayList<>();
    Set<String> conditions = section("Conditions").keySet();
    section("Conditions").forEach((name, body) -> walk(body, name, Set.of(), errors));
    section("Resources")
        .forEach(
            (name, body) -> {
              Object condition = map(body).get("Condition");
              if (condition != null && !conditions.contains(condition)) {
                errors.add(name + ": no condition " + condition);
              }
              Set<String> holding = condition == null ? Set.of() : Set.of((String) condition);
              walk(body, name, holding, errors);
            });
    section("Outputs").forEach((name, body) -> walk(body, "output " + name, Set.of(), errors));
    return errors;
  }

  private void walk(Object node, String where, Set<String> holding, List<String> errors) {
    if (node instanceof List<?> list) {
      list.forEach(item -> walk(item, where, holding, errors));
      return;
    }
    if (!(node instanceof Map<?, ?> raw)) {
      return;
    }
    Map<String, Object> map = map(raw);
    if (map.size() == 1) {
      var entry = map.entrySet().iterator().next();
      Object value = entry.getValue();
      switch (entry.getKey()) {
        case "Ref" -> checkName((String) value, where, holding, errors);
        case "Fn::GetAtt" -> checkName((String) ((List<?>) value).get(0), where, holding, errors);
        case "Fn::Sub" -> {
          String text = value instanceof List<?> l ? (String) l.get(0) : (String) value;
          Set<String> local =
              value instanceof List<?> l && l.size() > 1 ? map(l.get(1)).keySet() : Set.of();
          Matcher variables = SUB_VARIABLE.matcher(text);
          while (variables.find()) {
            String name = variables.group(1).split("\\.", 2)[0];
            if (!local.contains(name)) {
              checkName(name, where, holding, errors);
            }
          }
        }
        case "Condition" -> checkCondition(value, where, errors);
        case "Fn::If" -> {
          List<?> branches = (List<?>) value;
          String condition = (String) branches.get(0);
          checkCondition(condition, where, errors);
          Set<String> inThen = new java.util.HashSet<>(holding);
          inThen.add(condition);
          walk(branches.get(1), where, inThen, errors);
          walk(branches.get(2), where, holding, errors);
          return;
        }
        default -> {}
      }
    }
    map.values().forEach(v -> walk(v, where, holding, errors));
  }

  private void checkName(String name, String where, Set<String> holding, List<String> errors) {
    if (name.startsWith("AWS::")) {
      if (!Set.of(
              "AWS::AccountId",
              "AWS::NoValue",
              "AWS::Partition",
              "AWS::Region",
              "AWS::StackId",
              "AWS::StackName",
              "AWS::URLSuffix",
              "AWS::NotificationARNs")
          .contains(name)) {
        errors.add(where + ": no pseudo parameter " + name);
      }
      return;
    }
    if (section("Parameters").containsKey(name)) {
      return;
    }
    Object resource = section("Resources").get(name);
    if (resource == null) {
      errors.add(where + ": refers to " + name + ", which is neither a parameter nor a resource");
      return;
    }
    Object condition = map(resource).get("Condition");
    if (condition != null && !holding.contains(condition)) {
      errors.add(where + ": refers to " + name + ", which exists only if " + condition + " holds");
    }
  }

  private void checkCondition(Object name, String where, List<String> errors) {
    if (!section("Conditions").containsKey(name)) {
      errors.add(where + ": no condition " + name);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    if (!(value instanceof Map<?, ?>)) {
      throw new AssertionError("expected a mapping, found " + value);
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    if (value instanceof List<?>) {
      return (List<Object>) value;
    }
    return List.of(value);
  }

  /** SnakeYAML's safe constructor, plus CloudFormation's short-form tags. */
  private static final class CloudFormationConstructor extends SafeConstructor {
    CloudFormationConstructor() {
      super(new LoaderOptions());
      for (String function : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + function), new Intrinsic(function));
      }
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String function;

      Intrinsic(String function) {
        this.function = function;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode scalar) {
          value = constructScalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        if (function.equals("GetAtt") && value instanceof String dotted) {
          value = List.of(dotted.split("\\.", 2));
        }
        String key =
            function.equals("Ref") || function.equals("Condition") ? function : "Fn::" + function;
        Map<String, Object> intrinsic = new LinkedHashMap<>();
        intrinsic.put(key, value);
        return intrinsic;
      }
    }
  }
}
