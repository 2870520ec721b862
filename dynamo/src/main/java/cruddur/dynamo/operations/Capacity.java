package cruddur.dynamo.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Consumed capacity as DynamoDB accounts it: a read unit per 4 KB (half for eventually consistent
 * reads), a write unit per 1 KB, at least one unit per item touched; transactions cost double, and
 * only they report their units split into read and write ({@link #forTransaction}).
 */
final class Capacity {
  enum Mode {
    NONE,
    TOTAL,
    INDEXES
  }

  private final String tableName;
  private double table;
  private final Map<String, Double> globalIndexes = new LinkedHashMap<>();
  private final Map<String, Double> localIndexes = new LinkedHashMap<>();
  private final boolean split;
  private double read;
  private double write;
  private double tableRead;
  private double tableWrite;

  Capacity(String tableName) {
    this(tableName, false);
  }

  private Capacity(String tableName, boolean split) {
    this.tableName = tableName;
    this.split = split;
  }

  /** A transaction's capacity, which DynamoDB also reports as read and write units. */
  static Capacity forTransaction(String tableName) {
    return new Capacity(tableName, true);
  }

  static Mode mode(JsonNode request) {
    Constraints c = new Constraints();
    c.returnConsumedCapacity(request);
    c.check();
    return Json.text(request, "ReturnConsumedCapacity").map(Mode::valueOf).orElse(Mode.NONE);
  }

  static double readUnits(long bytes, boolean consistent) {
    double units = Math.max(1, Math.ceil(bytes / 4096.0));
    return consistent ? units : units / 2;
  }

  static double writeUnits(long bytes) {
    return Math.max(1, Math.ceil(bytes / 1024.0));
  }

  Capacity addTableRead(double units) {
    table += units;
    read += units;
    tableRead += units;
    return this;
  }

  Capacity addTableWrite(double units) {
    table += units;
    write += units;
    tableWrite += units;
    return this;
  }

  Capacity addIndex(String index, boolean global, double units, boolean isWrite) {
    (global ? globalIndexes : localIndexes).merge(index, units, Double::sum);
    if (isWrite) {
      write += units;
    } else {
      read += units;
    }
    return this;
  }

  double total() {
    return table
        + globalIndexes.values().stream().mapToDouble(d -> d).sum()
        + localIndexes.values().stream().mapToDouble(d -> d).sum();
  }

  /** Writes {@code "ConsumedCapacity": {...}} when the request asked for it. */
  void writeField(JsonGenerator json, Mode mode) throws IOException {
    if (mode == Mode.NONE) {
      return;
    }
    json.writeFieldName("ConsumedCapacity");
    writeObject(json, mode);
  }

  void writeObject(JsonGenerator json, Mode mode) throws IOException {
    json.writeStartObject();
    json.writeStringField("TableName", tableName);
    json.writeNumberField("CapacityUnits", total());
    if (split && read > 0) {
      json.writeNumberField("ReadCapacityUnits", read);
    }
    if (split && write > 0) {
      json.writeNumberField("WriteCapacityUnits", write);
    }
    if (mode == Mode.INDEXES) {
      json.writeObjectFieldStart("Table");
      json.writeNumberField("CapacityUnits", table);
      if (split && tableRead > 0) {
        json.writeNumberField("ReadCapacityUnits", tableRead);
      }
      if (split && tableWrite > 0) {
        json.writeNumberField("WriteCapacityUnits", tableWrite);
      }
      json.writeEndObject();
      writeIndexes(json, "GlobalSecondaryIndexes", globalIndexes);
      writeIndexes(json, "LocalSecondaryIndexes", localIndexes);
    }
    json.writeEndObject();
  }

  private static void writeIndexes(JsonGenerator json, String field, Map<String, Double> units)
      throws IOException {
    if (units.isEmpty()) {
      return;
    }
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> e : units.entrySet()) {
      json.writeObjectFieldStart(e.getKey());
      json.writeNumberField("CapacityUnits", e.getValue());
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
