package cruddur.deploy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The DynamoDB actions a piece of the app can call, read from its compiled classes: every class of
 * ours reachable from a root class (through the methods, constructors and fields of other classes
 * its constant pool names, which is how any of their code comes to run), and every call those
 * classes make on {@code DynamoDbClient}, with a transaction's writes counted by their kind, the
 * way IAM counts them. Reachability by class over-approximates: a reachable class counts with all
 * its calls.
 */
final class DynamoCalls {
  private static final String CLIENT = "software/amazon/awssdk/services/dynamodb/DynamoDbClient";
  private static final String TRANSACT_ITEM =
      "software/amazon/awssdk/services/dynamodb/model/TransactWriteItem$Builder";
  private static final Pattern MEMBER_ENTRY =
      Pattern.compile(
          "= (?:Interface)?(?:Method|Field)ref\\s+#\\d+\\.#\\d+\\s+// ([\\w/$]+)\\.\"?([\\w<>$]+)\"?:");

  /** Transaction parts, as IAM names what they need. */
  private static final Map<String, String> TRANSACT_ACTIONS =
      Map.of(
          "put", "dynamodb:PutItem",
          "delete", "dynamodb:DeleteItem",
          "update", "dynamodb:UpdateItem",
          "conditionCheck", "dynamodb:ConditionCheckItem");

  /** Client methods that are not calls to DynamoDB, or are counted by their parts. */
  private static final Set<String> NOT_ACTIONS =
      Set.of(
          "close",
          "serviceName",
          "serviceClientConfiguration",
          "utilities",
          "builder",
          "create",
          "transactWriteItems");

  private DynamoCalls() {}

  /**
   * The IAM actions ({@code dynamodb:Query}, ...) that code reachable from {@code rootClass} (e.g.
   * {@code cruddur.stream.StreamLambda}) calls, on {@code classPath} (a directory or jar).
   */
  static Set<String> reachableFrom(String classPath, String rootClass) {
    ToolProvider javap =
        ToolProvider.findFirst("javap")
            .orElseThrow(() -> new IllegalStateException("javap is missing: run on a JDK"));
    Set<String> seen = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    Set<String> actions = new TreeSet<>();
    pending.add(rootClass.replace('.', '/'));
    int read = 0;
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (!seen.add(name)) {
        continue;
      }
      StringWriter out = new StringWriter();
      int code =
          javap.run(
              new PrintWriter(out),
              new PrintWriter(new StringWriter()),
              "-v",
              "-p",
              "-cp",
              classPath,
              name.replace('/', '.'));
      if (code != 0) {
        continue; // not one of ours on this class path (e.g. the engine's classes)
      }
      read++;
      for (String line : out.toString().lines().toList()) {
        Matcher member = MEMBER_ENTRY.matcher(line.strip());
        if (member.find()) {
          String owner = member.group(1);
          String called = member.group(2);
          if (owner.startsWith("cruddur/")) {
            pending.add(owner);
          } else if (owner.equals(CLIENT) && !NOT_ACTIONS.contains(called)) {
            actions.add(action(called));
          } else if (owner.equals(TRANSACT_ITEM) && TRANSACT_ACTIONS.containsKey(called)) {
            actions.add(TRANSACT_ACTIONS.get(called));
          }
        }
      }
    }
    if (read == 0) {
      throw new IllegalStateException(rootClass + " is not on " + classPath);
    }
    return actions;
  }

  private static String action(String method) {
    String operation =
        method.endsWith("Paginator") ? method.substring(0, method.length() - 9) : method;
    if (operation.equals("transactGetItems")) {
      return "dynamodb:GetItem";
    }
    if (operation.equals("waiter")) {
      return "dynamodb:DescribeTable";
    }
    return "dynamodb:" + Character.toUpperCase(operation.charAt(0)) + operation.substring(1);
  }
}
