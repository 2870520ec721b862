package cruddur.dynamo.protocol;

import static cruddur.dynamo.protocol.Shape.ATTRIBUTE_VALUE;
import static cruddur.dynamo.protocol.Shape.BOOLEAN;
import static cruddur.dynamo.protocol.Shape.INTEGER;
import static cruddur.dynamo.protocol.Shape.LONG;
import static cruddur.dynamo.protocol.Shape.STRING;
import static cruddur.dynamo.protocol.Shape.list;
import static cruddur.dynamo.protocol.Shape.map;
import static cruddur.dynamo.protocol.Shape.struct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request shapes of every operation the engine answers, from DynamoDB's and DynamoDB Streams'
 * API models: which members exist and of what JSON type. Checked before an operation runs (see
 * {@link Shape}).
 */
public final class RequestShapes {
  private static final Shape ITEM = map("AttributeValue", ATTRIBUTE_VALUE);
  private static final Shape NAMES = map("String", STRING);
  private static final Shape STRINGS = list(STRING);
  private static final Shape KEY_SCHEMA =
      list(struct("KeySchemaElement", Map.of("AttributeName", STRING, "KeyType", STRING)));
  private static final Shape ATTRIBUTE_DEFINITIONS =
      list(struct("AttributeDefinition", Map.of("AttributeName", STRING, "AttributeType", STRING)));
  private static final Shape PROJECTION =
      struct("Projection", Map.of("ProjectionType", STRING, "NonKeyAttributes", STRINGS));
  private static final Shape THROUGHPUT =
      struct(
          "ProvisionedThroughput", Map.of("ReadCapacityUnits", LONG, "WriteCapacityUnits", LONG));
  private static final Shape ON_DEMAND =
      struct(
          "OnDemandThroughput", Map.of("MaxReadRequestUnits", LONG, "MaxWriteRequestUnits", LONG));
  private static final Shape WARM =
      struct("WarmThroughput", Map.of("ReadUnitsPerSecond", LONG, "WriteUnitsPerSecond", LONG));
  private static final Map<String, Shape> GLOBAL_INDEX =
      Map.of(
          "IndexName", STRING,
          "KeySchema", KEY_SCHEMA,
          "Projection", PROJECTION,
          "ProvisionedThroughput", THROUGHPUT,
          "OnDemandThroughput", ON_DEMAND,
          "WarmThroughput", WARM);
  private static final Shape LOCAL_INDEX =
      struct(
          "LocalSecondaryIndex",
          Map.of("IndexName", STRING, "KeySchema", KEY_SCHEMA, "Projection", PROJECTION));
  private static final Shape STREAM =
      struct("StreamSpecification", Map.of("StreamEnabled", BOOLEAN, "StreamViewType", STRING));
  private static final Shape SSE =
      struct(
          "SSESpecification",
          Map.of("Enabled", BOOLEAN, "SSEType", STRING, "KMSMasterKeyId", STRING));
  private static final Shape TAGS = list(struct("Tag", Map.of("Key", STRING, "Value", STRING)));
  private static final Shape VALUES = list(ATTRIBUTE_VALUE);
  private static final Shape EXPECTED =
      map(
          "ExpectedAttributeValue",
          struct(
              "ExpectedAttributeValue",
              Map.of(
                  "Value", ATTRIBUTE_VALUE,
                  "Exists", BOOLEAN,
                  "ComparisonOperator", STRING,
                  "AttributeValueList", VALUES)));
  private static final Shape CONDITIONS =
      map(
          "Condition",
          struct("Condition", Map.of("AttributeValueList", VALUES, "ComparisonOperator", STRING)));
  private static final Shape ATTRIBUTE_UPDATES =
      map(
          "AttributeValueUpdate",
          struct("AttributeValueUpdate", Map.of("Value", ATTRIBUTE_VALUE, "Action", STRING)));

  /** The members every single-item write shares. */
  private static final Map<String, Shape> WRITE =
      Map.ofEntries(
          Map.entry("TableName", STRING),
          Map.entry("Expected", EXPECTED),
          Map.entry("ConditionalOperator", STRING),
          Map.entry("ReturnValues", STRING),
          Map.entry("ReturnConsumedCapacity", STRING),
          Map.entry("ReturnItemCollectionMetrics", STRING),
          Map.entry("ConditionExpression", STRING),
          Map.entry("ExpressionAttributeNames", NAMES),
          Map.entry("ExpressionAttributeValues", ITEM),
          Map.entry("ReturnValuesOnConditionCheckFailure", STRING));

  /** The members Query and Scan share. */
  private static final Map<String, Shape> READ =
      Map.ofEntries(
          Map.entry("TableName", STRING),
          Map.entry("IndexName", STRING),
          Map.entry("Select", STRING),
          Map.entry("AttributesToGet", STRINGS),
          Map.entry("Limit", INTEGER),
          Map.entry("ConsistentRead", BOOLEAN),
          Map.entry("ConditionalOperator", STRING),
          Map.entry("ExclusiveStartKey", ITEM),
          Map.entry("ReturnConsumedCapacity", STRING),
          Map.entry("ProjectionExpression", STRING),
          Map.entry("FilterExpression", STRING),
          Map.entry("ExpressionAttributeNames", NAMES),
          Map.entry("ExpressionAttributeValues", ITEM));

  private static final String DYNAMODB = "DynamoDB_20120810.";
  private static final String STREAMS = "DynamoDBStreams_20120810.";

  private final Map<String, Shape> requests = new HashMap<>();

  public RequestShapes() {
    dynamo(
        "CreateTable",
        Map.ofEntries(
            Map.entry("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
            Map.entry("TableName", STRING),
            Map.entry("KeySchema", KEY_SCHEMA),
            Map.entry("LocalSecondaryIndexes", list(LOCAL_INDEX)),
            Map.entry("GlobalSecondaryIndexes", list(struct("GlobalSecondaryIndex", GLOBAL_INDEX))),
            Map.entry("BillingMode", STRING),
            Map.entry("ProvisionedThroughput", THROUGHPUT),
            Map.entry("StreamSpecification", STREAM),
            Map.entry("SSESpecification", SSE),
            Map.entry("Tags", TAGS),
            Map.entry("TableClass", STRING),
            Map.entry("DeletionProtectionEnabled", BOOLEAN),
            Map.entry("ResourcePolicy", STRING),
            Map.entry("OnDemandThroughput", ON_DEMAND),
            Map.entry("WarmThroughput", WARM)));
    dynamo("DescribeTable", Map.of("TableName", STRING));
    dynamo("DeleteTable", Map.of("TableName", STRING));
    dynamo("ListTables", Map.of("ExclusiveStartTableName", STRING, "Limit", INTEGER));
    dynamo(
        "UpdateTable",
        Map.ofEntries(
            Map.entry("AttributeDefinitions", ATTRIBUTE_DEFINITIONS),
            Map.entry("TableName", STRING),
            Map.entry("BillingMode", STRING),
            Map.entry("ProvisionedThroughput", THROUGHPUT),
            Map.entry("GlobalSecondaryIndexUpdates", list(indexUpdate())),
            Map.entry("StreamSpecification", STREAM),
            Map.entry("SSESpecification", SSE),
            Map.entry("TableClass", STRING),
            Map.entry("DeletionProtectionEnabled", BOOLEAN),
            Map.entry("MultiRegionConsistency", STRING),
            Map.entry("OnDemandThroughput", ON_DEMAND),
            Map.entry("WarmThroughput", WARM)));
    dynamo(
        "UpdateTimeToLive",
        Map.of(
            "TableName",
            STRING,
            "TimeToLiveSpecification",
            struct(
                "TimeToLiveSpecification", Map.of("Enabled", BOOLEAN, "AttributeName", STRING))));
    dynamo("DescribeTimeToLive", Map.of("TableName", STRING));
    dynamo("TagResource", Map.of("ResourceArn", STRING, "Tags", TAGS));
    dynamo("UntagResource", Map.of("ResourceArn", STRING, "TagKeys", STRINGS));
    dynamo("ListTagsOfResource", Map.of("ResourceArn", STRING, "NextToken", STRING));
    dynamo("DescribeEndpoints", Map.of());
    dynamo("DescribeLimits", Map.of());
    dynamo("PutItem", with(WRITE, "Item", ITEM));
    dynamo("DeleteItem", with(WRITE, "Key", ITEM));
    Map<String, Shape> update = with(WRITE, "Key", ITEM);
    update.put("AttributeUpdates", ATTRIBUTE_UPDATES);
    update.put("UpdateExpression", STRING);
    dynamo("UpdateItem", update);
    dynamo(
        "GetItem",
        Map.of(
            "TableName", STRING,
            "Key", ITEM,
            "AttributesToGet", STRINGS,
            "ConsistentRead", BOOLEAN,
            "ReturnConsumedCapacity", STRING,
            "ProjectionExpression", STRING,
            "ExpressionAttributeNames", NAMES));
    Map<String, Shape> query = with(READ, "KeyConditions", CONDITIONS);
    query.put("QueryFilter", CONDITIONS);
    query.put("ScanIndexForward", BOOLEAN);
    query.put("KeyConditionExpression", STRING);
    dynamo("Query", query);
    Map<String, Shape> scan = with(READ, "ScanFilter", CONDITIONS);
    scan.put("TotalSegments", INTEGER);
    scan.put("Segment", INTEGER);
    dynamo("Scan", scan);
    dynamo(
        "BatchGetItem",
        Map.of(
            "RequestItems",
            map(
                "KeysAndAttributes",
                struct(
                    "KeysAndAttributes",
                    Map.of(
                        "Keys", list(ITEM),
                        "AttributesToGet", STRINGS,
                        "ConsistentRead", BOOLEAN,
                        "ProjectionExpression", STRING,
                        "ExpressionAttributeNames", NAMES))),
            "ReturnConsumedCapacity",
            STRING));
    dynamo(
        "BatchWriteItem",
        Map.of(
            "RequestItems",
            map(
                "List<com.amazonaws.dynamodb.v20120810.WriteRequest>",
                list(
                    struct(
                        "WriteRequest",
                        Map.of(
                            "PutRequest", struct("PutRequest", Map.of("Item", ITEM)),
                            "DeleteRequest", struct("DeleteRequest", Map.of("Key", ITEM)))))),
            "ReturnConsumedCapacity",
            STRING,
            "ReturnItemCollectionMetrics",
            STRING));
    dynamo(
        "TransactWriteItems",
        Map.of(
            "TransactItems",
            list(
                struct(
                    "TransactWriteItem",
                    Map.of(
                        "ConditionCheck", transactPart("ConditionCheck", "Key"),
                        "Put", transactPart("Put", "Item"),
                        "Delete", transactPart("Delete", "Key"),
                        "Update", transactPart("Update", "Key")))),
            "ReturnConsumedCapacity",
            STRING,
            "ReturnItemCollectionMetrics",
            STRING,
            "ClientRequestToken",
            STRING));
    dynamo(
        "TransactGetItems",
        Map.of(
            "TransactItems",
            list(
                struct(
                    "TransactGetItem",
                    Map.of(
                        "Get",
                        struct(
                            "Get",
                            Map.of(
                                "Key", ITEM,
                                "TableName", STRING,
                                "ProjectionExpression", STRING,
                                "ExpressionAttributeNames", NAMES))))),
            "ReturnConsumedCapacity",
            STRING));
    streams(
        "ListStreams",
        Map.of("TableName", STRING, "Limit", INTEGER, "ExclusiveStartStreamArn", STRING));
    streams(
        "DescribeStream",
        Map.of("StreamArn", STRING, "Limit", INTEGER, "ExclusiveStartShardId", STRING));
    streams(
        "GetShardIterator",
        Map.of(
            "StreamArn", STRING,
            "ShardId", STRING,
            "ShardIteratorType", STRING,
            "SequenceNumber", STRING));
    streams("GetRecords", Map.of("ShardIterator", STRING, "Limit", INTEGER));
  }

  /** Checks a request to {@code target}; a target without a known shape is not checked. */
  public void check(String target, JsonNode request) {
    Shape shape = requests.get(target);
    if (shape != null) {
      shape.check(request);
    }
  }

  private static Shape indexUpdate() {
    return struct(
        "GlobalSecondaryIndexUpdate",
        Map.of(
            "Update",
            struct(
                "UpdateGlobalSecondaryIndexAction",
                Map.of(
                    "IndexName", STRING,
                    "ProvisionedThroughput", THROUGHPUT,
                    "OnDemandThroughput", ON_DEMAND,
                    "WarmThroughput", WARM)),
            "Create",
            struct("CreateGlobalSecondaryIndexAction", GLOBAL_INDEX),
            "Delete",
            struct("DeleteGlobalSecondaryIndexAction", Map.of("IndexName", STRING))));
  }

  private static Shape transactPart(String name, String itemMember) {
    Map<String, Shape> members =
        new LinkedHashMap<>(
            Map.of(
                itemMember,
                ITEM,
                "TableName",
                STRING,
                "ConditionExpression",
                STRING,
                "ExpressionAttributeNames",
                NAMES,
                "ExpressionAttributeValues",
                ITEM,
                "ReturnValuesOnConditionCheckFailure",
                STRING));
    if (name.equals("Update")) {
      members.put("UpdateExpression", STRING);
    }
    return struct(name, members);
  }

  private static Map<String, Shape> with(Map<String, Shape> base, String name, Shape shape) {
    Map<String, Shape> members = new HashMap<>(base);
    members.put(name, shape);
    return members;
  }

  private void dynamo(String operation, Map<String, Shape> members) {
    requests.put(DYNAMODB + operation, struct(operation + "Input", members));
  }

  private void streams(String operation, Map<String, Shape> members) {
    requests.put(STREAMS + operation, struct(operation + "Input", members));
  }
}
