package cruddur.dynamo.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.protocol.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Table definitions as stored JSON, written and read field by field (no reflection). */
final class DefinitionCodec {
  private final JsonFactory factory;

  DefinitionCodec(JsonFactory factory) {
    this.factory = factory;
  }

  byte[] encode(TableDefinition d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("name", d.name());
      g.writeNumberField("id", d.id());
      g.writeNumberField("created", d.creationEpochSeconds());
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, AttributeValue.Type> e : d.attributeTypes().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue().name());
      }
      g.writeEndObject();
      g.writeFieldName("key");
      writeKey(g, d.key());
      g.writeArrayFieldStart("indexes");
      for (IndexDefinition i : d.indexes()) {
        writeIndex(g, i);
      }
      g.writeEndArray();
      g.writeStringField("billingMode", d.billingMode());
      g.writeFieldName("throughput");
      writeThroughput(g, d.throughput());
      g.writeObjectFieldStart("stream");
      g.writeBooleanField("enabled", d.stream().enabled());
      writeOptional(g, "viewType", d.stream().viewType());
      writeOptional(g, "label", d.stream().label());
      g.writeEndObject();
      writeOptional(g, "ttl", d.ttlAttribute());
      g.writeObjectFieldStart("tags");
      for (Map.Entry<String, String> e : d.tags().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeBooleanField("deletionProtection", d.deletionProtection());
      writeOptional(g, "tableClass", d.tableClass());
      writeOptional(g, "kmsKeyArn", d.settings().kmsKeyArn().orElse(null));
      if (d.settings().maxReadRequestUnits().isPresent()) {
        g.writeNumberField("maxReadRequestUnits", d.settings().maxReadRequestUnits().get());
      }
      if (d.settings().maxWriteRequestUnits().isPresent()) {
        g.writeNumberField("maxWriteRequestUnits", d.settings().maxWriteRequestUnits().get());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  TableDefinition decode(byte[] bytes) {
    JsonNode n;
    try {
      n = JsonTrees.parse(factory, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, AttributeValue.Type> types = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.get("attributes").properties()) {
      types.put(e.getKey(), AttributeValue.Type.valueOf(e.getValue().textValue()));
    }
    List<IndexDefinition> indexes = new ArrayList<>();
    for (JsonNode i : n.get("indexes")) {
      indexes.add(readIndex(i));
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.get("tags").properties()) {
      tags.put(e.getKey(), e.getValue().textValue());
    }
    JsonNode stream = n.get("stream");
    return new TableDefinition(
        n.get("name").textValue(),
        n.get("id").intValue(),
        n.get("created").doubleValue(),
        types,
        readKey(n.get("key")),
        indexes,
        n.get("billingMode").textValue(),
        readThroughput(n.get("throughput")),
        new StreamSettings(
            stream.get("enabled").booleanValue(),
            optional(stream, "viewType"),
            optional(stream, "label")),
        optional(n, "ttl"),
        tags,
        n.get("deletionProtection").booleanValue(),
        optional(n, "tableClass"),
        // Catalogs written before these settings existed have none.
        new TableSettings(
            Optional.ofNullable(optional(n, "kmsKeyArn")),
            n.hasNonNull("maxReadRequestUnits")
                ? Optional.of(n.get("maxReadRequestUnits").longValue())
                : Optional.empty(),
            n.hasNonNull("maxWriteRequestUnits")
                ? Optional.of(n.get("maxWriteRequestUnits").longValue())
                : Optional.empty()));
  }

  private static void writeKey(JsonGenerator g, KeySchema k) throws IOException {
    g.writeStartObject();
    g.writeStringField("hash", k.hashName());
    g.writeStringField("hashType", k.hashType().name());
    if (k.hasRange()) {
      g.writeStringField("range", k.rangeName());
      g.writeStringField("rangeType", k.rangeType().name());
    }
    g.writeEndObject();
  }

  private static KeySchema readKey(JsonNode k) {
    String range = optional(k, "range");
    return new KeySchema(
        k.get("hash").textValue(),
        AttributeValue.Type.valueOf(k.get("hashType").textValue()),
        range,
        range == null ? null : AttributeValue.Type.valueOf(k.get("rangeType").textValue()));
  }

  private static void writeIndex(JsonGenerator g, IndexDefinition i) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", i.name());
    g.writeNumberField("number", i.number());
    g.writeBooleanField("global", i.global());
    g.writeFieldName("key");
    writeKey(g, i.key());
    g.writeStringField("projection", i.projection().type());
    g.writeArrayFieldStart("nonKeyAttributes");
    for (String a : i.projection().nonKeyAttributes()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeFieldName("throughput");
    writeThroughput(g, i.throughput());
    g.writeStringField("status", i.status());
    g.writeBooleanField("backfilling", i.backfilling());
    g.writeEndObject();
  }

  private static IndexDefinition readIndex(JsonNode i) {
    List<String> nonKey = new ArrayList<>();
    i.get("nonKeyAttributes").forEach(a -> nonKey.add(a.textValue()));
    return new IndexDefinition(
        i.get("name").textValue(),
        i.get("number").intValue(),
        i.get("global").booleanValue(),
        readKey(i.get("key")),
        new Projection(i.get("projection").textValue(), nonKey),
        readThroughput(i.get("throughput")),
        i.get("status").textValue(),
        i.get("backfilling").booleanValue());
  }

  private static void writeThroughput(JsonGenerator g, Throughput t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("read", t.read());
    g.writeNumberField("write", t.write());
    g.writeNumberField("lastIncrease", t.lastIncreaseEpochSeconds());
    g.writeNumberField("lastDecrease", t.lastDecreaseEpochSeconds());
    g.writeNumberField("decreasesToday", t.decreasesToday());
    g.writeEndObject();
  }

  private static Throughput readThroughput(JsonNode t) {
    return new Throughput(
        t.get("read").longValue(),
        t.get("write").longValue(),
        t.get("lastIncrease").longValue(),
        t.get("lastDecrease").longValue(),
        t.get("decreasesToday").longValue());
  }

  private static void writeOptional(JsonGenerator g, String field, String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static String optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.textValue();
  }
}
