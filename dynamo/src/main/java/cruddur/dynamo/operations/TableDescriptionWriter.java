package cruddur.dynamo.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.Throughput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes DynamoDB's TableDescription shape for a table. */
final class TableDescriptionWriter {
  private final Arns arns;

  TableDescriptionWriter(Arns arns) {
    this.arns = arns;
  }

  /** Describes {@code def}, a definition the table has had, with the table's current counts. */
  void write(JsonGenerator json, Table table, TableDefinition def, String status)
      throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("AttributeDefinitions");
    for (Map.Entry<String, cruddur.dynamo.item.AttributeValue.Type> e :
        def.attributeTypes().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      json.writeStartObject();
      json.writeStringField("AttributeName", e.getKey());
      json.writeStringField("AttributeType", e.getValue().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("TableName", def.name());
    writeKeySchema(json, def.key());
    json.writeStringField("TableStatus", status);
    json.writeNumberField("CreationDateTime", def.creationEpochSeconds());
    writeThroughput(json, def.throughput());
    json.writeNumberField("TableSizeBytes", table.sizeBytes(0));
    json.writeNumberField("ItemCount", table.itemCount(0));
    json.writeStringField("TableArn", arns.table(def.name()));
    json.writeStringField(
        "TableId",
        UUID.nameUUIDFromBytes(
                (def.name() + "#" + def.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString());
    if (def.billingMode().equals("PAY_PER_REQUEST")) {
      json.writeObjectFieldStart("BillingModeSummary");
      json.writeStringField("BillingMode", "PAY_PER_REQUEST");
      json.writeNumberField("LastUpdateToPayPerRequestDateTime", def.creationEpochSeconds());
      json.writeEndObject();
    }
    writeIndexes(json, table, def, def.localIndexes(), "LocalSecondaryIndexes");
    writeIndexes(json, table, def, def.globalIndexes(), "GlobalSecondaryIndexes");
    if (def.stream().enabled()) {
      json.writeObjectFieldStart("StreamSpecification");
      json.writeBooleanField("StreamEnabled", true);
      json.writeStringField("StreamViewType", def.stream().viewType());
      json.writeEndObject();
    }
    if (def.stream().label() != null) {
      json.writeStringField("LatestStreamLabel", def.stream().label());
      json.writeStringField("LatestStreamArn", arns.stream(def.name(), def.stream().label()));
    }
    json.writeBooleanField("DeletionProtectionEnabled", def.deletionProtection());
    if (def.settings().kmsKeyArn().isPresent()) {
      json.writeObjectFieldStart("SSEDescription");
      json.writeStringField("Status", "ENABLED");
      json.writeStringField("SSEType", "KMS");
      json.writeStringField("KMSMasterKeyArn", def.settings().kmsKeyArn().get());
      json.writeEndObject();
    }
    if (def.settings().hasOnDemandThroughput()) {
      json.writeObjectFieldStart("OnDemandThroughput");
      json.writeNumberField(
          "MaxReadRequestUnits", def.settings().maxReadRequestUnits().orElse(-1L));
      json.writeNumberField(
          "MaxWriteRequestUnits", def.settings().maxWriteRequestUnits().orElse(-1L));
      json.writeEndObject();
    }
    if (!"STANDARD".equals(def.tableClass())) {
      json.writeObjectFieldStart("TableClassSummary");
      json.writeStringField("TableClass", def.tableClass());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void writeIndexes(
      JsonGenerator json,
      Table table,
      TableDefinition def,
      List<IndexDefinition> indexes,
      String field)
      throws IOException {
    if (indexes.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (IndexDefinition index : indexes) {
      json.writeStartObject();
      json.writeStringField("IndexName", index.name());
      writeKeySchema(json, index.key());
      json.writeObjectFieldStart("Projection");
      json.writeStringField("ProjectionType", index.projection().type());
      if (!index.projection().nonKeyAttributes().isEmpty()) {
        json.writeArrayFieldStart("NonKeyAttributes");
        for (String a : index.projection().nonKeyAttributes()) {
          json.writeString(a);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      if (index.global()) {
        json.writeStringField("IndexStatus", index.status());
        if (index.backfilling()) {
          json.writeBooleanField("Backfilling", true);
        }
        writeThroughput(json, index.throughput());
      }
      json.writeNumberField("IndexSizeBytes", table.sizeBytes(index.number()));
      json.writeNumberField("ItemCount", table.itemCount(index.number()));
      json.writeStringField("IndexArn", arns.index(def.name(), index.name()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeKeySchema(JsonGenerator json, KeySchema key) throws IOException {
    json.writeArrayFieldStart("KeySchema");
    json.writeStartObject();
    json.writeStringField("AttributeName", key.hashName());
    json.writeStringField("KeyType", "HASH");
    json.writeEndObject();
    if (key.hasRange()) {
      json.writeStartObject();
      json.writeStringField("AttributeName", key.rangeName());
      json.writeStringField("KeyType", "RANGE");
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeThroughput(JsonGenerator json, Throughput t) throws IOException {
    json.writeObjectFieldStart("ProvisionedThroughput");
    if (t.lastIncreaseEpochSeconds() > 0) {
      json.writeNumberField("LastIncreaseDateTime", t.lastIncreaseEpochSeconds());
    }
    if (t.lastDecreaseEpochSeconds() > 0) {
      json.writeNumberField("LastDecreaseDateTime", t.lastDecreaseEpochSeconds());
    }
    json.writeNumberField("NumberOfDecreasesToday", t.decreasesToday());
    json.writeNumberField("ReadCapacityUnits", t.read());
    json.writeNumberField("WriteCapacityUnits", t.write());
    json.writeEndObject();
  }
}
