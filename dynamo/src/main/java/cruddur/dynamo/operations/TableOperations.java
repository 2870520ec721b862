package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ResponseBody;
import cruddur.dynamo.table.Catalog;
import cruddur.dynamo.table.Table;
import cruddur.dynamo.table.TableDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The control plane: creating, describing, listing, deleting and tagging tables, and TTL. */
public final class TableOperations {
  private final Catalog catalog;
  private final TableDefinitionReader reader;
  private final TableDescriptionWriter describer;
  private final TableUpdater updater;
  private final Arns arns;
  private final String endpointAddress;

  public TableOperations(
      Catalog catalog,
      TableDefinitionReader reader,
      TableUpdater updater,
      Arns arns,
      String endpointAddress) {
    this.catalog = catalog;
    this.reader = reader;
    this.describer = new TableDescriptionWriter(arns);
    this.updater = updater;
    this.arns = arns;
    this.endpointAddress = endpointAddress;
  }

  public void registerWith(Dispatcher d, String prefix) {
    d.register(prefix, "CreateTable", this::createTable)
        .register(prefix, "DescribeTable", this::describeTable)
        .register(prefix, "ListTables", this::listTables)
        .register(prefix, "DeleteTable", this::deleteTable)
        .register(prefix, "UpdateTable", this::updateTable)
        .register(prefix, "UpdateTimeToLive", this::updateTimeToLive)
        .register(prefix, "DescribeTimeToLive", this::describeTimeToLive)
        .register(prefix, "TagResource", this::tagResource)
        .register(prefix, "UntagResource", this::untagResource)
        .register(prefix, "ListTagsOfResource", this::listTagsOfResource)
        .register(prefix, "DescribeEndpoints", this::describeEndpoints)
        .register(prefix, "DescribeLimits", this::describeLimits);
  }

  ResponseBody createTable(JsonNode request) {
    TableDefinition definition = reader.read(request);
    if (catalog.find(definition.name()).isPresent()) {
      throw DynamoException.resourceInUse("Table already exists: " + definition.name());
    }
    Table table = catalog.create(definition);
    return description("TableDescription", table, "CREATING");
  }

  ResponseBody describeTable(JsonNode request) {
    Constraints.controlPlaneTableName(request);
    Table table = catalog.requireNamed(Json.text(request.get("TableName")));
    return description("Table", table, table.status());
  }

  ResponseBody deleteTable(JsonNode request) {
    Constraints.controlPlaneTableName(request);
    Table table = catalog.requireNamed(Json.text(request.get("TableName")));
    if (table.definition().deletionProtection()) {
      throw DynamoException.validation(
          "Resource cannot be deleted as it is currently protected"
              + " against deletion. Disable deletion protection first.");
    }
    table.writeLock().lock();
    try {
      catalog.delete(table);
    } finally {
      table.writeLock().unlock();
    }
    return description("TableDescription", table, "DELETING");
  }

  ResponseBody updateTable(JsonNode request) {
    Constraints.controlPlaneTableName(request);
    Table table = catalog.requireNamed(Json.text(request.get("TableName")));
    TableDefinition updated = updater.update(table, request);
    // As the update left it: a new index shows CREATING even if a quick backfill is already done.
    return description("TableDescription", table, updated, "UPDATING");
  }

  ResponseBody listTables(JsonNode request) {
    Constraints c = new Constraints();
    c.intRange(request.get("Limit"), "limit", 1, 100);
    c.name(request.get("ExclusiveStartTableName"), "exclusiveStartTableName", false);
    c.check();
    int limit = Json.intValue(request, "Limit").orElse(100L).intValue();
    String start = Json.text(request, "ExclusiveStartTableName").orElse(null);
    List<String> names =
        catalog.names().stream().filter(n -> start == null || n.compareTo(start) > 0).toList();
    List<String> page = names.subList(0, Math.min(limit, names.size()));
    boolean more = names.size() > limit;
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("TableNames");
      for (String n : page) {
        json.writeString(n);
      }
      json.writeEndArray();
      if (more) {
        json.writeStringField("LastEvaluatedTableName", page.get(page.size() - 1));
      }
      json.writeEndObject();
    };
  }

  ResponseBody updateTimeToLive(JsonNode request) {
    Constraints c = new Constraints().tableName(request, "TableName");
    JsonNode spec = request.get("TimeToLiveSpecification");
    c.notNull(spec, "timeToLiveSpecification");
    if (spec != null && !spec.isNull()) {
      c.notNull(spec.get("AttributeName"), "timeToLiveSpecification.attributeName");
      c.textLength(spec.get("AttributeName"), "timeToLiveSpecification.attributeName", 1, 255);
      c.notNull(spec.get("Enabled"), "timeToLiveSpecification.enabled");
    }
    c.check();
    Table table = catalog.require(Json.text(request.get("TableName")));
    boolean enabled = Json.bool(spec, "Enabled").orElseThrow();
    String attribute = Json.text(spec.get("AttributeName"));
    TableDefinition def = table.definition();
    if (enabled && def.ttl().isPresent()) {
      throw DynamoException.validation("TimeToLive is already enabled");
    }
    if (!enabled && def.ttl().isEmpty()) {
      throw DynamoException.validation("TimeToLive is already disabled");
    }
    if (!enabled && !def.ttl().get().equals(attribute)) {
      throw DynamoException.validation(
          "TimeToLive is active on a different AttributeName: current"
              + " AttributeName is "
              + def.ttl().get());
    }
    catalog.update(table, current -> current.withTtl(enabled ? attribute : null));
    return json -> {
      json.writeStartObject();
      json.writeObjectFieldStart("TimeToLiveSpecification");
      json.writeBooleanField("Enabled", enabled);
      json.writeStringField("AttributeName", attribute);
      json.writeEndObject();
      json.writeEndObject();
    };
  }

  ResponseBody describeTimeToLive(JsonNode request) {
    Constraints.controlPlaneTableName(request);
    Table table = catalog.require(Json.text(request.get("TableName")));
    var ttl = table.definition().ttl();
    return json -> {
      json.writeStartObject();
      json.writeObjectFieldStart("TimeToLiveDescription");
      json.writeStringField("TimeToLiveStatus", ttl.isPresent() ? "ENABLED" : "DISABLED");
      if (ttl.isPresent()) {
        json.writeStringField("AttributeName", ttl.get());
      }
      json.writeEndObject();
      json.writeEndObject();
    };
  }

  ResponseBody tagResource(JsonNode request) {
    Table table = taggedTable(request);
    JsonNode tags = Json.array(request, "Tags").orElse(null);
    Constraints c = new Constraints();
    c.notNull(tags, "tags").tags(tags, "tags");
    c.check();
    catalog.update(table, current -> current.withTags(withTags(current.tags(), tags)));
    return ResponseBody.empty();
  }

  ResponseBody untagResource(JsonNode request) {
    Table table = taggedTable(request);
    JsonNode keys = Json.array(request, "TagKeys").orElse(null);
    Constraints c = new Constraints();
    c.notNull(keys, "tagKeys");
    c.check();
    catalog.update(
        table,
        current -> {
          Map<String, String> remaining = new LinkedHashMap<>(current.tags());
          keys.forEach(k -> remaining.remove(Json.text(k)));
          return current.withTags(remaining);
        });
    return ResponseBody.empty();
  }

  private static Map<String, String> withTags(Map<String, String> current, JsonNode tags) {
    Map<String, String> merged = new LinkedHashMap<>(current);
    for (JsonNode t : tags) {
      String key = Json.text(t.get("Key"));
      if (key.isEmpty() || key.length() > 128) {
        throw DynamoException.validation(
            "One or more parameter values were invalid: Tag key"
                + " must be between 1 and 128 characters");
      }
      merged.put(key, Json.text(t.get("Value")));
    }
    if (merged.size() > 50) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: Too many" + " tags: the maximum is 50");
    }
    return merged;
  }

  ResponseBody listTagsOfResource(JsonNode request) {
    Table table = taggedTable(request);
    Map<String, String> tags = table.definition().tags();
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Tags");
      for (Map.Entry<String, String> e : tags.entrySet()) {
        json.writeStartObject();
        json.writeStringField("Key", e.getKey());
        json.writeStringField("Value", e.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    };
  }

  private Table taggedTable(JsonNode request) {
    JsonNode arn = request.get("ResourceArn");
    Constraints c = new Constraints();
    c.notNull(arn, "resourceArn");
    c.textLength(arn, "resourceArn", 1, 1283);
    c.check();
    String name =
        arns.tableName(Json.text(arn))
            .orElseThrow(() -> DynamoException.validation("Invalid TableArn"));
    return catalog
        .find(name)
        .orElseThrow(
            () ->
                DynamoException.resourceNotFound(
                    "Requested resource not found: ResourcArn: " + Json.text(arn) + " not found"));
  }

  ResponseBody describeEndpoints(JsonNode request) {
    return json -> {
      json.writeStartObject();
      json.writeArrayFieldStart("Endpoints");
      json.writeStartObject();
      json.writeStringField("Address", endpointAddress);
      json.writeNumberField("CachePeriodInMinutes", 1440);
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    };
  }

  ResponseBody describeLimits(JsonNode request) {
    return json -> {
      json.writeStartObject();
      json.writeNumberField("AccountMaxReadCapacityUnits", 80000);
      json.writeNumberField("AccountMaxWriteCapacityUnits", 80000);
      json.writeNumberField("TableMaxReadCapacityUnits", 40000);
      json.writeNumberField("TableMaxWriteCapacityUnits", 40000);
      json.writeEndObject();
    };
  }

  private ResponseBody description(String field, Table table, String status) {
    return description(field, table, table.definition(), status);
  }

  private ResponseBody description(
      String field, Table table, TableDefinition definition, String status) {
    return json -> {
      json.writeStartObject();
      json.writeFieldName(field);
      describer.write(json, table, definition, status);
      json.writeEndObject();
    };
  }
}
