package cruddur.dynamo.operations;

import cruddur.dynamo.protocol.DynamoException;
import java.util.Optional;

/** The ARNs the engine reports, in one fixed region and the local account 000000000000. */
public record Arns(String region) {
  private static final String ACCOUNT = "000000000000";

  public String table(String name) {
    return "arn:aws:dynamodb:" + region + ":" + ACCOUNT + ":table/" + name;
  }

  public String index(String table, String index) {
    return table(table) + "/index/" + index;
  }

  public String stream(String table, String label) {
    return table(table) + "/stream/" + label;
  }

  /** The table name an ARN names, for the tagging calls. */
  public Optional<String> tableName(String arn) {
    String prefix = "arn:aws:dynamodb:";
    if (!arn.startsWith(prefix)) {
      throw DynamoException.validation("Invalid TableArn");
    }
    int at = arn.indexOf(":table/");
    if (at < 0) {
      return Optional.empty();
    }
    String rest = arn.substring(at + ":table/".length());
    int slash = rest.indexOf('/');
    return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
  }
}
