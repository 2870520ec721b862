package cruddur.dynamo.operations;

import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.table.IndexDefinition;
import cruddur.dynamo.table.KeySchema;
import cruddur.dynamo.table.Projection;
import cruddur.dynamo.table.StreamSettings;
import cruddur.dynamo.table.TableDefinition;
import cruddur.dynamo.table.TableSettings;
import cruddur.dynamo.table.Throughput;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and validates a CreateTable request into a table definition, as DynamoDB checks it. */
final class TableDefinitionReader {
  private static final long MAX_CAPACITY = 1_000_000_000_000L;
  private static final String KMS_KEY_PREFIX = "arn:aws:kms:us-east-1:000000000000:key/";
  private static final String DEFAULT_KMS_KEY =
      KMS_KEY_PREFIX + "00000000-0000-4000-8000-00000000d0d0";

  private final Clock clock;

  TableDefinitionReader(Clock clock) {
    this.clock = clock;
  }

  TableDefinition read(JsonNode request) {
    Constraints.requireTableName(request);
    Constraints c = new Constraints().tableName(request, "TableName");
    JsonNode attrs = Json.array(request, "AttributeDefinitions").orElse(null);
    JsonNode keys = Json.array(request, "KeySchema").orElse(null);
    c.notNull(attrs, "attributeDefinitions").notNull(keys, "keySchema");
    // DynamoDB checks a key schema of more than two elements only after the billing mode's
    // throughput (a capture from real DynamoDB); an empty one with the other members.
    boolean tooManyKeys = keys != null && keys.size() > 2;
    if (keys != null) {
      if (!tooManyKeys) {
        c.size(keys, "keySchema", 1, 2, Echo::keySchema);
      }
      checkKeyElements(c, keys, "keySchema");
    }
    if (attrs != null) {
      checkAttributeDefinitions(c, attrs);
    }
    c.oneOf(request.get("BillingMode"), "billingMode", EnumValues.BILLING_MODE);
    JsonNode throughput = Json.object(request, "ProvisionedThroughput").orElse(null);
    checkThroughputMembers(c, throughput, "provisionedThroughput");
    List<JsonNode> lsis = list(request, "LocalSecondaryIndexes");
    List<JsonNode> gsis = list(request, "GlobalSecondaryIndexes");
    checkIndexMembers(c, lsis, "localSecondaryIndexes");
    checkIndexMembers(c, gsis, "globalSecondaryIndexes");
    c.tags(request.get("Tags"), "tags");
    c.check();

    String billing = Json.text(request, "BillingMode").orElse("PROVISIONED");
    Throughput tableThroughput = throughput(billing, throughput);
    if (tooManyKeys) {
      new Constraints().size(keys, "keySchema", 1, 2, Echo::keySchema).check();
    }
    Map<String, AttributeValue.Type> types = new LinkedHashMap<>();
    for (JsonNode a : attrs) {
      types.put(
          Json.text(a.get("AttributeName")),
          AttributeValue.Type.valueOf(Json.text(a.get("AttributeType"))));
    }
    List<String> defined = new ArrayList<>(types.keySet());
    KeySchema key = keySchema(keys, types, defined);
    if (lsis.isEmpty() && gsis.isEmpty() && key.size() != attrs.size()) {
      throw invalid(
          "Number of attributes in KeySchema does not exactly match number of"
              + " attributes defined in AttributeDefinitions");
    }
    List<IndexDefinition> indexes = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    if (request.has("LocalSecondaryIndexes") && !request.get("LocalSecondaryIndexes").isNull()) {
      readLocalIndexes(lsis, key, types, defined, names, indexes);
    }
    if (request.has("GlobalSecondaryIndexes") && !request.get("GlobalSecondaryIndexes").isNull()) {
      if (gsis.isEmpty()) {
        throw invalid("List of GlobalSecondaryIndexes is empty");
      }
      for (JsonNode g : gsis) {
        indexes.add(readGlobalIndex(g, billing, types, defined, names, indexes.size() + 1));
      }
      if (gsis.size() > 20) {
        throw invalid("GlobalSecondaryIndex count exceeds the per-table limit of 20");
      }
    }
    Set<String> used = new LinkedHashSet<>();
    used.add(key.hashName());
    key.range().ifPresent(used::add);
    for (IndexDefinition index : indexes) {
      used.add(index.key().hashName());
      index.key().range().ifPresent(used::add);
    }
    if (!used.containsAll(types.keySet()) || used.size() != types.size()) {
      throw invalid(
          "Number of attributes in KeySchema does not exactly match number of"
              + " attributes defined in AttributeDefinitions");
    }
    StreamSettings stream = readStream(request.get("StreamSpecification"), StreamSettings.DISABLED);
    double now = clock.millis() / 1000.0;
    return new TableDefinition(
        Json.text(request.get("TableName")),
        0,
        now,
        types,
        key,
        indexes,
        billing,
        tableThroughput,
        stream,
        null,
        tags(request.get("Tags")),
        Json.bool(request, "DeletionProtectionEnabled").orElse(false),
        Json.text(request, "TableClass").orElse("STANDARD"),
        settings(request, TableSettings.NONE));
  }

  /**
   * SSESpecification and OnDemandThroughput, over {@code current}: encryption with a KMS key (the
   * given one, or the account's DynamoDB key) when enabled, DynamoDB's own key when not.
   */
  TableSettings settings(JsonNode request, TableSettings current) {
    TableSettings settings = current;
    JsonNode sse = request.get("SSESpecification");
    if (sse != null && !sse.isNull()) {
      boolean enabled = Json.bool(sse, "Enabled").orElse(false);
      settings =
          settings.withKmsKey(
              enabled
                  ? Optional.of(
                      Json.text(sse, "KMSMasterKeyId")
                          .map(id -> id.startsWith("arn:") ? id : KMS_KEY_PREFIX + id)
                          .orElse(DEFAULT_KMS_KEY))
                  : Optional.empty());
    }
    JsonNode onDemand = request.get("OnDemandThroughput");
    if (onDemand != null && !onDemand.isNull()) {
      settings =
          settings.withOnDemandThroughput(
              Json.longValue(onDemand, "MaxReadRequestUnits"),
              Json.longValue(onDemand, "MaxWriteRequestUnits"));
    }
    return settings;
  }

  StreamSettings readStream(JsonNode spec, StreamSettings current) {
    if (spec == null || spec.isNull()) {
      return current;
    }
    boolean enabled =
        Json.bool(spec, "StreamEnabled")
            .orElseThrow(
                () ->
                    DynamoException.validation(
                        "1 validation error detected: Value null at"
                            + " 'streamSpecification.streamEnabled' failed to satisfy constraint: Member must not"
                            + " be null"));
    Optional<String> view = Json.text(spec, "StreamViewType");
    if (!enabled) {
      if (view.isPresent()) {
        throw invalid(
            "The StreamViewType parameter should not be specified when"
                + " StreamEnabled is false");
      }
      return new StreamSettings(false, null, current.label());
    }
    if (view.isEmpty()) {
      throw invalid("StreamViewType must be specified when StreamEnabled is true");
    }
    new Constraints()
        .oneOf(
            spec.get("StreamViewType"),
            "streamSpecification.streamViewType",
            EnumValues.STREAM_VIEW_TYPE)
        .check();
    return new StreamSettings(true, view.get(), StreamSettings.label(clock.millis()));
  }

  private void readLocalIndexes(
      List<JsonNode> lsis,
      KeySchema key,
      Map<String, AttributeValue.Type> types,
      List<String> defined,
      Set<String> names,
      List<IndexDefinition> indexes) {
    if (lsis.isEmpty()) {
      throw invalid("List of LocalSecondaryIndexes is empty");
    }
    if (!key.hasRange()) {
      throw invalid(
          "Table KeySchema does not have a range key, which is required when"
              + " specifying a LocalSecondaryIndex");
    }
    for (JsonNode l : lsis) {
      String name = Json.text(l.get("IndexName"));
      KeySchema indexKey = keySchema(l.get("KeySchema"), types, defined);
      if (!indexKey.hasRange()) {
        throw invalid("Index KeySchema does not have a range key for index: " + name);
      }
      if (!indexKey.hashName().equals(key.hashName())) {
        throw invalid(
            "Index KeySchema does not have the same leading hash key as table"
                + " KeySchema for index: "
                + name
                + ". index hash key: "
                + indexKey.hashName()
                + ", table hash key: "
                + key.hashName());
      }
      Projection projection = projection(l.get("Projection"));
      if (!names.add(name)) {
        throw invalid("Duplicate index name: " + name);
      }
      indexes.add(
          new IndexDefinition(
              name,
              indexes.size() + 1,
              false,
              indexKey,
              projection,
              Throughput.NONE,
              "ACTIVE",
              false));
    }
    if (lsis.size() > 5) {
      throw invalid("Number of LocalSecondaryIndexes exceeds per-table limit of 5");
    }
  }

  IndexDefinition readGlobalIndex(
      JsonNode g,
      String billing,
      Map<String, AttributeValue.Type> types,
      List<String> defined,
      Set<String> names,
      int number) {
    String name = Json.text(g.get("IndexName"));
    KeySchema indexKey = keySchema(g.get("KeySchema"), types, defined);
    Projection projection = projection(g.get("Projection"));
    JsonNode pt = g.get("ProvisionedThroughput");
    boolean hasThroughput = pt != null && !pt.isNull();
    if (billing.equals("PAY_PER_REQUEST") && hasThroughput) {
      throw invalid(
          "ProvisionedThroughput should not be specified for index: "
              + name
              + " when BillingMode is PAY_PER_REQUEST");
    }
    if (billing.equals("PROVISIONED") && !hasThroughput) {
      throw invalid("ProvisionedThroughput must be specified for index: " + name);
    }
    if (!names.add(name)) {
      throw invalid("Duplicate index name: " + name);
    }
    Throughput t =
        hasThroughput
            ? Throughput.of(
                pt.get("ReadCapacityUnits").asLong(), pt.get("WriteCapacityUnits").asLong())
            : Throughput.NONE;
    return new IndexDefinition(name, number, true, indexKey, projection, t, "ACTIVE", false);
  }

  Throughput throughput(String billing, JsonNode throughput) {
    if (billing.equals("PAY_PER_REQUEST")) {
      if (throughput != null) {
        throw invalid(
            "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when"
                + " BillingMode is PAY_PER_REQUEST");
      }
      return Throughput.NONE;
    }
    if (throughput == null
        || !Json.present(throughput, "ReadCapacityUnits")
        || !Json.present(throughput, "WriteCapacityUnits")) {
      throw invalid(
          "ReadCapacityUnits and WriteCapacityUnits must both be specified when"
              + " BillingMode is PROVISIONED");
    }
    long read = Json.longValue(throughput.get("ReadCapacityUnits"));
    long write = Json.longValue(throughput.get("WriteCapacityUnits"));
    if (read > MAX_CAPACITY) {
      throw DynamoException.validation(
          "Given value " + read + " for ReadCapacityUnits is out of bounds");
    }
    if (write > MAX_CAPACITY) {
      throw DynamoException.validation(
          "Given value " + write + " for WriteCapacityUnits is out of bounds");
    }
    return Throughput.of(read, write);
  }

  static void checkThroughputMembers(Constraints c, JsonNode throughput, String path) {
    if (throughput != null) {
      c.notNull(throughput.get("WriteCapacityUnits"), path + ".writeCapacityUnits");
      c.range(
          throughput.get("WriteCapacityUnits"), path + ".writeCapacityUnits", 1, Long.MAX_VALUE);
      c.notNull(throughput.get("ReadCapacityUnits"), path + ".readCapacityUnits");
      c.range(throughput.get("ReadCapacityUnits"), path + ".readCapacityUnits", 1, Long.MAX_VALUE);
    }
  }

  private static void checkAttributeDefinitions(Constraints c, JsonNode attrs) {
    for (int i = 0; i < attrs.size(); i++) {
      JsonNode a = attrs.get(i);
      String p = "attributeDefinitions." + (i + 1) + ".member";
      c.notNull(a.get("AttributeType"), p + ".attributeType");
      c.oneOf(a.get("AttributeType"), p + ".attributeType", EnumValues.ATTRIBUTE_TYPE);
      c.notNull(a.get("AttributeName"), p + ".attributeName");
    }
  }

  /** The members of UpdateTable's AttributeDefinitions and GlobalSecondaryIndexUpdates. */
  static void checkIndexUpdates(Constraints c, JsonNode request) {
    Json.array(request, "AttributeDefinitions").ifPresent(a -> checkAttributeDefinitions(c, a));
    JsonNode updates = Json.array(request, "GlobalSecondaryIndexUpdates").orElse(null);
    if (updates == null) {
      return;
    }
    for (int i = 0; i < updates.size(); i++) {
      JsonNode u = updates.get(i);
      String p = "globalSecondaryIndexUpdates." + (i + 1) + ".member";
      JsonNode create = u.get("Create");
      if (create != null && !create.isNull()) {
        c.notNull(create.get("IndexName"), p + ".create.indexName");
        checkIndexParts(c, create, p + ".create");
      }
      JsonNode delete = u.get("Delete");
      if (delete != null && !delete.isNull()) {
        c.notNull(delete.get("IndexName"), p + ".delete.indexName");
      }
      JsonNode update = u.get("Update");
      if (update != null && !update.isNull()) {
        c.notNull(update.get("IndexName"), p + ".update.indexName");
        checkThroughputMembers(
            c, update.get("ProvisionedThroughput"), p + ".update.provisionedThroughput");
      }
    }
  }

  static void checkIndexMembers(Constraints c, List<JsonNode> indexes, String path) {
    for (int i = 0; i < indexes.size(); i++) {
      JsonNode index = indexes.get(i);
      String p = path + "." + (i + 1) + ".member";
      c.name(index.get("IndexName"), p + ".indexName", true);
      checkIndexParts(c, index, p);
    }
  }

  /** An index's key schema, projection and throughput members, at {@code p}. */
  private static void checkIndexParts(Constraints c, JsonNode index, String p) {
    JsonNode keys = index.get("KeySchema");
    c.notNull(keys, p + ".keySchema");
    if (keys != null && !keys.isNull()) {
      c.size(keys, p + ".keySchema", 1, 2, Echo::keySchema);
      checkKeyElements(c, keys, p + ".keySchema");
    }
    c.notNull(index.get("Projection"), p + ".projection");
    JsonNode projection = index.get("Projection");
    if (projection != null && !projection.isNull()) {
      c.oneOf(
          projection.get("ProjectionType"),
          p + ".projection.projectionType",
          EnumValues.PROJECTION_TYPE);
      c.size(projection.get("NonKeyAttributes"), p + ".projection.nonKeyAttributes", 1, 20);
    }
    JsonNode pt = index.get("ProvisionedThroughput");
    if (pt != null && !pt.isNull()) {
      checkThroughputMembers(c, pt, p + ".provisionedThroughput");
    }
  }

  private static void checkKeyElements(Constraints c, JsonNode keys, String path) {
    for (int i = 0; i < keys.size(); i++) {
      JsonNode k = keys.get(i);
      c.notNull(k.get("AttributeName"), path + "." + (i + 1) + ".member.attributeName");
      c.textLength(k.get("AttributeName"), path + "." + (i + 1) + ".member.attributeName", 1, 255);
      c.notNull(k.get("KeyType"), path + "." + (i + 1) + ".member.keyType");
      c.oneOf(k.get("KeyType"), path + "." + (i + 1) + ".member.keyType", EnumValues.KEY_TYPE);
    }
  }

  private static KeySchema keySchema(
      JsonNode keys, Map<String, AttributeValue.Type> types, List<String> defined) {
    List<String> names = new ArrayList<>();
    for (JsonNode k : keys) {
      names.add(Json.text(k.get("AttributeName")));
    }
    if (names.size() > defined.size()) {
      throw DynamoException.validation(
          "Invalid KeySchema: Some index key attribute have no definition");
    }
    if (!defined.containsAll(names)) {
      throw invalid(
          "Some index key attributes are not defined in AttributeDefinitions. Keys: "
              + names
              + ", AttributeDefinitions: "
              + defined);
    }
    if (names.size() == 2 && names.get(0).equals(names.get(1))) {
      throw DynamoException.validation(
          "Both the Hash Key and the Range Key element in the KeySchema have the same name");
    }
    if (!Json.text(keys.get(0).get("KeyType")).equals("HASH")) {
      throw DynamoException.validation(
          "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (names.size() == 2 && !Json.text(keys.get(1).get("KeyType")).equals("RANGE")) {
      throw DynamoException.validation(
          "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
    }
    String hash = names.get(0);
    String range = names.size() == 2 ? names.get(1) : null;
    return new KeySchema(hash, types.get(hash), range, range == null ? null : types.get(range));
  }

  private static Projection projection(JsonNode p) {
    JsonNode type = p.get("ProjectionType");
    if (type == null || type.isNull()) {
      throw invalid("Unknown ProjectionType: null");
    }
    String projectionType = Json.text(type);
    JsonNode nonKey = p.get("NonKeyAttributes");
    List<String> attributes = new ArrayList<>();
    if (nonKey != null && !nonKey.isNull()) {
      if (!projectionType.equals("INCLUDE")) {
        throw invalid(
            "ProjectionType is " + projectionType + ", but NonKeyAttributes is" + " specified");
      }
      nonKey.forEach(n -> attributes.add(Json.text(n)));
    } else if (projectionType.equals("INCLUDE")) {
      throw invalid("NonKeyAttributes must be specified when ProjectionType is INCLUDE");
    }
    return new Projection(projectionType, attributes);
  }

  private static Map<String, String> tags(JsonNode tags) {
    Map<String, String> out = new LinkedHashMap<>();
    if (tags != null && tags.isArray()) {
      for (JsonNode t : tags) {
        out.put(Json.text(t.get("Key")), Json.text(t.get("Value")));
      }
    }
    return out;
  }

  private static List<JsonNode> list(JsonNode request, String field) {
    List<JsonNode> out = new ArrayList<>();
    Json.array(request, field).ifPresent(a -> a.forEach(out::add));
    return out;
  }

  static DynamoException invalid(String detail) {
    return DynamoException.validation("One or more parameter values were invalid: " + detail);
  }
}
