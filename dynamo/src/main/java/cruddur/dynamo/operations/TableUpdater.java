package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.IndexBackfiller;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.StreamSettings;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.Throughput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * UpdateTable: billing mode and throughput, streams, deletion protection, and adding or removing
 * global secondary indexes. An added index is CREATING and backfilling when the call returns; the
 * {@link IndexBackfiller} fills it and makes it ACTIVE.
 */
final class TableUpdater {
  private final Catalog catalog;
  private final IndexBackfiller backfiller;
  private final TableDefinitionReader definitions;
  private final Clock clock;

  TableUpdater(
      Catalog catalog, IndexBackfiller backfiller, TableDefinitionReader definitions, Clock clock) {
    this.catalog = catalog;
    this.backfiller = backfiller;
    this.definitions = definitions;
    this.clock = clock;
  }

  /**
   * Applies the request and returns the table's definition as it left it. The whole change runs
   * under the table's write lock, so it starts from the definition a backfill finishing meanwhile
   * left, and never undoes it.
   */
  TableDefinition update(Table table, JsonNode request) {
    List<IndexDefinition> created = new ArrayList<>();
    TableDefinition updated;
    table.writeLock().lock();
    try {
      updated = change(table, request, created);
    } finally {
      table.writeLock().unlock();
    }
    if (!created.isEmpty()) {
      backfiller.wake();
    }
    return updated;
  }

  private TableDefinition change(Table table, JsonNode request, List<IndexDefinition> created) {
    Constraints c = new Constraints();
    c.oneOf(request.get("BillingMode"), "billingMode", EnumValues.BILLING_MODE);
    JsonNode throughput = Json.object(request, "ProvisionedThroughput").orElse(null);
    TableDefinitionReader.checkThroughputMembers(c, throughput, "provisionedThroughput");
    TableDefinitionReader.checkIndexUpdates(c, request);
    c.check();
    TableDefinition def = table.definition();
    boolean changed = false;
    String billing = Json.text(request, "BillingMode").orElse(def.billingMode());
    if (request.hasNonNull("BillingMode") || throughput != null) {
      Throughput t =
          billing.equals("PAY_PER_REQUEST")
              ? definitions.throughput(billing, throughput)
              : throughput == null && billing.equals(def.billingMode())
                  ? def.throughput()
                  : definitions.throughput(billing, throughput);
      if (throughput != null
          && billing.equals("PROVISIONED")
          && t.read() == def.throughput().read()
          && t.write() == def.throughput().write()
          && !request.hasNonNull("GlobalSecondaryIndexUpdates")) {
        throw DynamoException.validation(
            "The provisioned throughput for the table will not"
                + " change. The requested value equals the current value. Current"
                + " ReadCapacityUnits provisioned for the table: "
                + def.throughput().read()
                + ". Requested ReadCapacityUnits: "
                + t.read()
                + ". Current WriteCapacityUnits"
                + " provisioned for the table: "
                + def.throughput().write()
                + ". Requested WriteCapacityUnits: "
                + t.write()
                + ". Refer to the Amazon DynamoDB"
                + " Developer Guide for current limits and how to request higher limits.");
      }
      long now = clock.millis() / 1000;
      if (t.read() > def.throughput().read() || t.write() > def.throughput().write()) {
        t =
            new Throughput(
                t.read(),
                t.write(),
                now,
                def.throughput().lastDecreaseEpochSeconds(),
                def.throughput().decreasesToday());
      } else if (t.read() < def.throughput().read() || t.write() < def.throughput().write()) {
        t =
            new Throughput(
                t.read(),
                t.write(),
                def.throughput().lastIncreaseEpochSeconds(),
                now,
                def.throughput().decreasesToday() + 1);
      }
      def = def.withBilling(billing, t);
      changed = true;
    }
    if (request.hasNonNull("StreamSpecification")) {
      StreamSettings next =
          definitions.readStream(request.get("StreamSpecification"), def.stream());
      if (next.enabled() && def.stream().enabled()) {
        throw DynamoException.validation(
            "Table already has an enabled stream: TableName: " + def.name());
      }
      if (!next.enabled() && !def.stream().enabled()) {
        throw DynamoException.validation(
            "Table already has no stream enabled: TableName: " + def.name());
      }
      def = def.withStream(next);
      changed = true;
    }
    if (request.hasNonNull("DeletionProtectionEnabled")) {
      def =
          def.withDeletionProtection(Json.bool(request, "DeletionProtectionEnabled").orElse(false));
      changed = true;
    }
    if (request.hasNonNull("TableClass")) {
      def = def.withTableClass(Json.text(request.get("TableClass")));
      changed = true;
    }
    if (request.hasNonNull("SSESpecification") || request.hasNonNull("OnDemandThroughput")) {
      def = def.withSettings(definitions.settings(request, def.settings()));
      changed = true;
    }
    List<IndexDefinition> dropped = new ArrayList<>();
    if (request.hasNonNull("GlobalSecondaryIndexUpdates")) {
      def = updateIndexes(def, request, created, dropped);
      changed = true;
    }
    if (!changed) {
      throw DynamoException.validation(
          "At least one of ProvisionedThroughput, BillingMode,"
              + " UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or"
              + " ReplicaUpdates is required");
    }
    // Only once the whole request is valid: a new index's number is cleared before the definition
    // that gives it out is durable, a dropped one's after the definition without it is.
    for (IndexDefinition index : created) {
      catalog.clearIndex(table, index.number());
    }
    catalog.update(table, def);
    for (IndexDefinition index : dropped) {
      catalog.clearIndex(table, index.number());
    }
    return table.definition();
  }

  private TableDefinition updateIndexes(
      TableDefinition def,
      JsonNode request,
      List<IndexDefinition> created,
      List<IndexDefinition> dropped) {
    JsonNode updates = Json.array(request, "GlobalSecondaryIndexUpdates").orElseThrow();
    Map<String, AttributeValue.Type> types = new LinkedHashMap<>(def.attributeTypes());
    Json.array(request, "AttributeDefinitions")
        .ifPresent(
            attrs ->
                attrs.forEach(
                    a ->
                        types.put(
                            Json.text(a.get("AttributeName")),
                            AttributeValue.Type.valueOf(Json.text(a.get("AttributeType"))))));
    List<IndexDefinition> indexes = new ArrayList<>(def.indexes());
    // A number dropped by this request stays unused until it is cleared (see change).
    Set<Integer> numbers = new HashSet<>();
    indexes.forEach(i -> numbers.add(i.number()));
    Set<String> names = new LinkedHashSet<>();
    indexes.forEach(i -> names.add(i.name()));
    int position = 0;
    for (JsonNode u : updates) {
      position++;
      if (u.hasNonNull("Create")) {
        JsonNode create = u.get("Create");
        new Constraints()
            .textLength(
                create.get("IndexName"),
                "globalSecondaryIndexUpdates." + position + ".member.create.indexName",
                3,
                255)
            .check();
        String name = Json.text(create.get("IndexName"));
        if (names.contains(name)) {
          throw DynamoException.validation(
              "One or more parameter values were invalid: Index"
                  + " with name "
                  + name
                  + " already exists");
        }
        IndexDefinition index =
            definitions
                .readGlobalIndex(
                    create,
                    def.billingMode(),
                    types,
                    new ArrayList<>(types.keySet()),
                    new HashSet<>(),
                    freeNumber(numbers))
                .creating();
        numbers.add(index.number());
        indexes.add(index);
        names.add(name);
        created.add(index);
      } else if (u.hasNonNull("Delete")) {
        String name = Json.text(u.get("Delete").get("IndexName"));
        IndexDefinition index = existing(indexes, name);
        indexes.remove(index);
        dropped.add(index);
      } else if (u.hasNonNull("Update")) {
        JsonNode update = u.get("Update");
        String name = Json.text(update.get("IndexName"));
        IndexDefinition index = existing(indexes, name);
        JsonNode pt = update.get("ProvisionedThroughput");
        if (pt != null && !pt.isNull()) {
          indexes.set(
              indexes.indexOf(index),
              index.withThroughput(
                  Throughput.of(
                      Json.longValue(pt.get("ReadCapacityUnits")),
                      Json.longValue(pt.get("WriteCapacityUnits")))));
        }
      } else {
        throw DynamoException.validation(
            "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update,"
                + " GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not"
                + " be null");
      }
    }
    Set<String> keyAttributes = new HashSet<>();
    keyAttributes.add(def.key().hashName());
    def.key().range().ifPresent(keyAttributes::add);
    for (IndexDefinition i : indexes) {
      keyAttributes.add(i.key().hashName());
      i.key().range().ifPresent(keyAttributes::add);
    }
    types.keySet().retainAll(keyAttributes);
    return def.withIndexes(indexes).withAttributeTypes(types);
  }

  private static IndexDefinition existing(List<IndexDefinition> indexes, String name) {
    return indexes.stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                DynamoException.resourceNotFound(
                    "Requested resource not found: Index: " + name + " not found"));
  }

  private static int freeNumber(Set<Integer> used) {
    for (int n = 1; n < 256; n++) {
      if (!used.contains(n)) {
        return n;
      }
    }
    throw DynamoException.validation("Too many indexes");
  }
}
