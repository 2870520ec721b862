package cruddur.dynamo.streams;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeValue;
import cruddur.dynamo.protocol.JsonTrees;
import cruddur.dynamo.table.KeySchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stream as stored JSON: {@code {"table", "tableId", "label", "viewType", "created"
 * (epoch ms), "key": {"hash", "hashType", "range"?, "rangeType"?}, "trimmedThrough", "shards":
 * [{"id", "start", "end"? (absent while open), "parent"?, "opened" (epoch ms), "expires"? (epoch
 * ms, once closed)}]}}.
 */
final class TableStreamCodec {
  private final JsonFactory factory;

  TableStreamCodec(JsonFactory factory) {
    this.factory = factory;
  }

  byte[] encode(TableStream s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("table", s.tableName());
      g.writeNumberField("tableId", s.tableId());
      g.writeStringField("label", s.label());
      g.writeStringField("viewType", s.viewType());
      g.writeNumberField("created", s.createdMillis());
      g.writeObjectFieldStart("key");
      g.writeStringField("hash", s.key().hashName());
      g.writeStringField("hashType", s.key().hashType().name());
      if (s.key().hasRange()) {
        g.writeStringField("range", s.key().rangeName());
        g.writeStringField("rangeType", s.key().rangeType().name());
      }
      g.writeEndObject();
      g.writeNumberField("trimmedThrough", s.trimmedThrough());
      g.writeArrayFieldStart("shards");
      for (Shard shard : s.shards()) {
        g.writeStartObject();
        g.writeStringField("id", shard.id());
        g.writeNumberField("start", shard.start());
        if (!shard.isOpen()) {
          g.writeNumberField("end", shard.end());
        }
        if (shard.parentId() != null) {
          g.writeStringField("parent", shard.parentId());
        }
        g.writeNumberField("opened", shard.openedMillis());
        if (!shard.isOpen()) {
          g.writeNumberField("expires", shard.expiresMillis());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  TableStream decode(byte[] bytes) {
    JsonNode n;
    try {
      n = JsonTrees.parse(factory, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode k = n.get("key");
    JsonNode range = k.get("range");
    KeySchema key =
        new KeySchema(
            k.get("hash").textValue(),
            AttributeValue.Type.valueOf(k.get("hashType").textValue()),
            range == null ? null : range.textValue(),
            range == null ? null : AttributeValue.Type.valueOf(k.get("rangeType").textValue()));
    List<Shard> shards = new ArrayList<>();
    for (JsonNode s : n.get("shards")) {
      JsonNode end = s.get("end");
      JsonNode parent = s.get("parent");
      JsonNode expires = s.get("expires");
      shards.add(
          new Shard(
              s.get("id").textValue(),
              s.get("start").longValue(),
              end == null ? Shard.OPEN : end.longValue(),
              parent == null ? null : parent.textValue(),
              s.get("opened").longValue(),
              expires == null ? 0 : expires.longValue()));
    }
    return new TableStream(
        n.get("table").textValue(),
        n.get("tableId").intValue(),
        n.get("label").textValue(),
        n.get("viewType").textValue(),
        key,
        n.get("created").longValue(),
        n.get("trimmedThrough").longValue(),
        shards);
  }
}
