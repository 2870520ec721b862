package cruddur.dynamo.table;

import cruddur.dynamo.item.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything DynamoDB knows about a table apart from its items. Immutable: changes make a new
 * definition, which the catalog persists. {@code id} is the table's storage prefix; a table
 * re-created under the same name gets a new id.
 */
public record TableDefinition(
    String name,
    int id,
    double creationEpochSeconds,
    Map<String, AttributeValue.Type> attributeTypes,
    KeySchema key,
    List<IndexDefinition> indexes,
    String billingMode,
    Throughput throughput,
    StreamSettings stream,
    String ttlAttribute,
    Map<String, String> tags,
    boolean deletionProtection,
    String tableClass,
    TableSettings settings) {

  public TableDefinition {
    settings = settings == null ? TableSettings.NONE : settings;
    attributeTypes = Map.copyOf(attributeTypes);
    indexes = List.copyOf(indexes);
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  public Optional<IndexDefinition> index(String indexName) {
    return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
  }

  public List<IndexDefinition> globalIndexes() {
    return indexes.stream().filter(IndexDefinition::global).toList();
  }

  public List<IndexDefinition> localIndexes() {
    return indexes.stream().filter(i -> !i.global()).toList();
  }

  public Optional<String> ttl() {
    return Optional.ofNullable(ttlAttribute);
  }

  public TableDefinition withId(int newId) {
    return new TableDefinition(
        name,
        newId,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        tags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withIndexes(List<IndexDefinition> newIndexes) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        newIndexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        tags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withAttributeTypes(Map<String, AttributeValue.Type> newTypes) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        newTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        tags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withBilling(String newBillingMode, Throughput newThroughput) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        newBillingMode,
        newThroughput,
        stream,
        ttlAttribute,
        tags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withStream(StreamSettings newStream) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        newStream,
        ttlAttribute,
        tags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withTtl(String newTtlAttribute) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        newTtlAttribute,
        tags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withTags(Map<String, String> newTags) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        newTags,
        deletionProtection,
        tableClass,
        settings);
  }

  public TableDefinition withDeletionProtection(boolean enabled) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        tags,
        enabled,
        tableClass,
        settings);
  }

  public TableDefinition withTableClass(String newTableClass) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        tags,
        deletionProtection,
        newTableClass,
        settings);
  }

  public TableDefinition withSettings(TableSettings newSettings) {
    return new TableDefinition(
        name,
        id,
        creationEpochSeconds,
        attributeTypes,
        key,
        indexes,
        billingMode,
        throughput,
        stream,
        ttlAttribute,
        tags,
        deletionProtection,
        tableClass,
        newSettings);
  }
}
