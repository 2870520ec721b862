package cruddur.cli;

import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** A table description as aligned text, one fact per line. */
final class TableReport {
  private TableReport() {}

  static String of(TableDescription t) {
    StringBuilder out = new StringBuilder();
    line(out, "Table", t.tableName());
    line(out, "Status", t.tableStatusAsString());
    line(out, "Keys", keys(t.keySchema(), t.attributeDefinitions()));
    line(
        out,
        "Billing",
        t.billingModeSummary() == null
            ? "PROVISIONED"
            : t.billingModeSummary().billingModeAsString());
    line(out, "Items", String.valueOf(t.itemCount()));
    line(out, "Size", t.tableSizeBytes() + " bytes");
    for (GlobalSecondaryIndexDescription index : t.globalSecondaryIndexes()) {
      line(
          out,
          "Index",
          index.indexName()
              + ": "
              + keys(index.keySchema(), t.attributeDefinitions())
              + ", projection "
              + index.projection().projectionTypeAsString()
              + ", "
              + index.indexStatusAsString()
              + ", "
              + index.itemCount()
              + " items");
    }
    if (t.streamSpecification() != null
        && Boolean.TRUE.equals(t.streamSpecification().streamEnabled())) {
      line(
          out,
          "Stream",
          t.streamSpecification().streamViewTypeAsString() + " " + t.latestStreamArn());
    } else {
      line(out, "Stream", "off");
    }
    line(out, "ARN", t.tableArn());
    line(out, "Created", String.valueOf(t.creationDateTime()));
    return out.toString();
  }

  private static String keys(List<KeySchemaElement> schema, List<AttributeDefinition> definitions) {
    return schema.stream()
        .map(
            k ->
                k.attributeName()
                    + " ("
                    + definitions.stream()
                        .filter(d -> d.attributeName().equals(k.attributeName()))
                        .map(AttributeDefinition::attributeTypeAsString)
                        .findFirst()
                        .orElse("?")
                    + ", "
                    + k.keyTypeAsString()
                    + ")")
        .collect(Collectors.joining(", "));
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("%-8s %s%n", label, value));
  }
}
