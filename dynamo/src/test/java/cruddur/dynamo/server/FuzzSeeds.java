package cruddur.dynamo.server;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import cruddur.dynamo.server.RawDynamo.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid requests of every operation the engine answers, against tables made for them, for the
 * wire-protocol fuzz test to mutate. The main table has deletion protection and a sentinel item
 * that no seed touches, so the test can ask after every case whether the engine still answers a
 * valid request correctly.
 */
final class FuzzSeeds {
  private static final JsonMapper SINGLE_QUOTED =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();

  static final String TABLE = "fuzz";
  static final String META = "fuzz-meta";
  static final String SENTINEL = "{'pk': {'S': 'sentinel'}, 'sk': {'S': 'kept'}}";
  static final String SENTINEL_ITEM =
      "{'pk': {'S': 'sentinel'}, 'sk': {'S': 'kept'}, 'v': {'N': '42'}}";

  /** One request: the target header (service prefix and operation) and a valid body. */
  record Seed(String target, JsonNode body) {
    String operation() {
      return target.substring(target.indexOf('.') + 1);
    }
  }

  private FuzzSeeds() {}

  /** Creates the tables, items and stream the seeds refer to, and returns the seeds. */
  static List<Seed> prepare(RawDynamo raw) {
    ok(
        raw.call(
            "CreateTable",
            "{'TableName': 'fuzz', 'BillingMode': 'PAY_PER_REQUEST', 'DeletionProtectionEnabled':"
                + " true, 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'},"
                + " {'AttributeName': 'sk', 'AttributeType': 'S'}, {'AttributeName': 'g',"
                + " 'AttributeType': 'S'}, {'AttributeName': 'l', 'AttributeType': 'N'}],"
                + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}, {'AttributeName':"
                + " 'sk', 'KeyType': 'RANGE'}], 'GlobalSecondaryIndexes': [{'IndexName': 'by-g',"
                + " 'KeySchema': [{'AttributeName': 'g', 'KeyType': 'HASH'}, {'AttributeName':"
                + " 'sk', 'KeyType': 'RANGE'}], 'Projection': {'ProjectionType': 'ALL'}}],"
                + " 'LocalSecondaryIndexes': [{'IndexName': 'by-l', 'KeySchema': [{'AttributeName':"
                + " 'pk', 'KeyType': 'HASH'}, {'AttributeName': 'l', 'KeyType': 'RANGE'}],"
                + " 'Projection': {'ProjectionType': 'INCLUDE', 'NonKeyAttributes': ['v']}}],"
                + " 'StreamSpecification': {'StreamEnabled': true, 'StreamViewType':"
                + " 'NEW_AND_OLD_IMAGES'}}"));
    Answer meta =
        ok(
            raw.call(
                "CreateTable",
                "{'TableName': 'fuzz-meta', 'BillingMode': 'PAY_PER_REQUEST',"
                    + " 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'}],"
                    + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}]}"));
    ok(raw.call("PutItem", "{'TableName': 'fuzz', 'Item': " + SENTINEL_ITEM + "}"));
    ok(
        raw.call(
            "PutItem",
            "{'TableName': 'fuzz', 'Item': {'pk': {'S': 'p1'}, 'sk': {'S': 's1'}, 'g': {'S':"
                + " 'g1'}, 'l': {'N': '1'}, 'v': {'N': '1'}, 'ss': {'SS': ['a', 'b']}, 'm': {'M':"
                + " {'x': {'L': [{'S': 'y'}]}}}}}"));
    String metaArn = meta.body().at("/TableDescription/TableArn").textValue();
    String streamArn =
        ok(raw.call("DescribeTable", "{'TableName': 'fuzz'}"))
            .body()
            .at("/Table/LatestStreamArn")
            .textValue();
    String shardId =
        ok(raw.send(
                "DynamoDBStreams_20120810.DescribeStream",
                "application/x-amz-json-1.0",
                bytes("{'StreamArn': '" + streamArn + "'}")))
            .body()
            .at("/StreamDescription/Shards/0/ShardId")
            .textValue();
    String iterator =
        ok(raw.send(
                "DynamoDBStreams_20120810.GetShardIterator",
                "application/x-amz-json-1.0",
                bytes(
                    "{'StreamArn': '"
                        + streamArn
                        + "', 'ShardId': '"
                        + shardId
                        + "', 'ShardIteratorType': 'TRIM_HORIZON'}")))
            .body()
            .get("ShardIterator")
            .textValue();

    List<Seed> seeds = new ArrayList<>();
    dynamo(
        seeds,
        "CreateTable",
        "{'TableName': 'fuzz-new', 'AttributeDefinitions': [{'AttributeName': 'a',"
            + " 'AttributeType': 'S'}, {'AttributeName': 'b', 'AttributeType': 'N'}], 'KeySchema':"
            + " [{'AttributeName': 'a', 'KeyType': 'HASH'}], 'ProvisionedThroughput':"
            + " {'ReadCapacityUnits': 1, 'WriteCapacityUnits': 1}, 'GlobalSecondaryIndexes':"
            + " [{'IndexName': 'by-b', 'KeySchema': [{'AttributeName': 'b', 'KeyType': 'HASH'}],"
            + " 'Projection': {'ProjectionType': 'KEYS_ONLY'}, 'ProvisionedThroughput':"
            + " {'ReadCapacityUnits': 1, 'WriteCapacityUnits': 1}}],"
            + " 'Tags': [{'Key': 'k', 'Value': 'v'}], 'SSESpecification': {'Enabled': true},"
            + " 'StreamSpecification': {'StreamEnabled': true, 'StreamViewType': 'KEYS_ONLY'}}");
    dynamo(seeds, "DescribeTable", "{'TableName': 'fuzz'}");
    dynamo(seeds, "ListTables", "{'Limit': 5, 'ExclusiveStartTableName': 'aaa'}");
    dynamo(seeds, "DeleteTable", "{'TableName': 'fuzz-gone'}");
    dynamo(
        seeds,
        "UpdateTable",
        "{'TableName': 'fuzz-meta', 'BillingMode': 'PROVISIONED', 'ProvisionedThroughput':"
            + " {'ReadCapacityUnits': 2, 'WriteCapacityUnits': 2}, 'StreamSpecification':"
            + " {'StreamEnabled': true, 'StreamViewType': 'NEW_IMAGE'}}");
    dynamo(
        seeds,
        "UpdateTable",
        "{'TableName': 'fuzz-meta', 'AttributeDefinitions': [{'AttributeName': 'x',"
            + " 'AttributeType': 'S'}], 'GlobalSecondaryIndexUpdates': [{'Create': {'IndexName':"
            + " 'by-x', 'KeySchema': [{'AttributeName': 'x', 'KeyType': 'HASH'}], 'Projection':"
            + " {'ProjectionType': 'INCLUDE', 'NonKeyAttributes': ['y']}, 'ProvisionedThroughput':"
            + " {'ReadCapacityUnits': 1, 'WriteCapacityUnits': 1}}}]}");
    dynamo(
        seeds,
        "UpdateTimeToLive",
        "{'TableName': 'fuzz-meta', 'TimeToLiveSpecification': {'Enabled': true,"
            + " 'AttributeName': 'ttl'}}");
    dynamo(seeds, "DescribeTimeToLive", "{'TableName': 'fuzz'}");
    dynamo(
        seeds,
        "TagResource",
        "{'ResourceArn': '" + metaArn + "', 'Tags': [{'Key': 'k', 'Value': 'v'}]}");
    dynamo(seeds, "UntagResource", "{'ResourceArn': '" + metaArn + "', 'TagKeys': ['k']}");
    dynamo(seeds, "ListTagsOfResource", "{'ResourceArn': '" + metaArn + "'}");
    dynamo(seeds, "DescribeEndpoints", "{}");
    dynamo(seeds, "DescribeLimits", "{}");
    dynamo(
        seeds,
        "PutItem",
        "{'TableName': 'fuzz', 'Item': {'pk': {'S': 'p1'}, 'sk': {'S': 's2'}, 'g': {'S': 'g1'},"
            + " 'l': {'N': '2'}, 'b': {'B': 'AAEC'}, 'bs': {'BS': ['AA==']}, 'ns': {'NS': ['1',"
            + " '2.5']}, 't': {'BOOL': true}, 'z': {'NULL': true}, 'm': {'M': {'x': {'L': [{'S':"
            + " 'y'}]}}}}, 'ConditionExpression': 'attribute_not_exists(#p) OR size(#m) > :n',"
            + " 'ExpressionAttributeNames': {'#p': 'pk', '#m': 'm'}, 'ExpressionAttributeValues':"
            + " {':n': {'N': '5'}}, 'ReturnValues': 'ALL_OLD', 'ReturnConsumedCapacity':"
            + " 'INDEXES', 'ReturnItemCollectionMetrics': 'SIZE'}");
    dynamo(
        seeds,
        "PutItem",
        "{'TableName': 'fuzz', 'Item': {'pk': {'S': 'p1'}, 'sk': {'S': 's3'}}, 'Expected': {'v':"
            + " {'ComparisonOperator': 'NULL'}, 'w': {'Exists': true, 'Value': {'N': '1'}}},"
            + " 'ConditionalOperator': 'OR'}");
    dynamo(
        seeds,
        "GetItem",
        "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'}, 'sk': {'S': 's1'}},"
            + " 'ProjectionExpression': '#v, m.x[0], ss', 'ExpressionAttributeNames': {'#v': 'v'},"
            + " 'ConsistentRead': true, 'ReturnConsumedCapacity': 'TOTAL'}");
    dynamo(
        seeds,
        "GetItem",
        "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'}, 'sk': {'S': 's1'}}, 'AttributesToGet':"
            + " ['v', 'g']}");
    dynamo(
        seeds,
        "UpdateItem",
        "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'}, 'sk': {'S': 's1'}}, 'UpdateExpression':"
            + " 'SET #v = if_not_exists(#v, :one) + :one, m.x[1] = :s, lst = list_append(:l, :l)"
            + " REMOVE gone ADD ss :ss DELETE ss2 :ss', 'ConditionExpression': 'begins_with(g, :g)"
            + " AND contains(ss, :s)', 'ExpressionAttributeNames': {'#v': 'v'},"
            + " 'ExpressionAttributeValues': {':one': {'N': '1'}, ':s': {'S': 'a'}, ':l': {'L':"
            + " [{'N': '1'}]}, ':ss': {'SS': ['c']}, ':g': {'S': 'g'}}, 'ReturnValues':"
            + " 'UPDATED_NEW', 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}");
    dynamo(
        seeds,
        "UpdateItem",
        "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'}, 'sk': {'S': 's1'}},"
            + " 'AttributeUpdates': {'v': {'Action': 'ADD', 'Value': {'N': '1'}}, 'w': {'Action':"
            + " 'PUT', 'Value': {'S': 'x'}}, 'ss': {'Action': 'DELETE', 'Value': {'SS': ['a']}}},"
            + " 'Expected': {'v': {'ComparisonOperator': 'BETWEEN', 'AttributeValueList': [{'N':"
            + " '0'}, {'N': '9'}]}}, 'ReturnValues': 'ALL_NEW'}");
    dynamo(
        seeds,
        "DeleteItem",
        "{'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'}, 'sk': {'S': 'del'}},"
            + " 'ConditionExpression': 'attribute_not_exists(zz) AND NOT (v IN (:a, :b))',"
            + " 'ExpressionAttributeValues': {':a': {'N': '1'}, ':b': {'N': '2'}}, 'ReturnValues':"
            + " 'ALL_OLD'}");
    dynamo(
        seeds,
        "Query",
        "{'TableName': 'fuzz', 'KeyConditionExpression': 'pk = :p AND begins_with(sk, :s)',"
            + " 'FilterExpression': 'v BETWEEN :lo AND :hi OR attribute_type(m, :t)',"
            + " 'ProjectionExpression': 'pk, sk, v', 'ExpressionAttributeValues': {':p': {'S':"
            + " 'p1'}, ':s': {'S': 's'}, ':lo': {'N': '0'}, ':hi': {'N': '10'}, ':t': {'S': 'M'}},"
            + " 'Limit': 10, 'ScanIndexForward': false, 'ExclusiveStartKey': {'pk': {'S': 'p1'},"
            + " 'sk': {'S': 's9'}}, 'ReturnConsumedCapacity': 'INDEXES'}");
    dynamo(
        seeds,
        "Query",
        "{'TableName': 'fuzz', 'IndexName': 'by-l', 'KeyConditions': {'pk':"
            + " {'ComparisonOperator': 'EQ', 'AttributeValueList': [{'S': 'p1'}]}, 'l':"
            + " {'ComparisonOperator': 'GT', 'AttributeValueList': [{'N': '0'}]}}, 'QueryFilter':"
            + " {'v': {'ComparisonOperator': 'NOT_NULL'}}, 'Select': 'ALL_PROJECTED_ATTRIBUTES'}");
    dynamo(
        seeds,
        "Query",
        "{'TableName': 'fuzz', 'IndexName': 'by-g', 'KeyConditionExpression': 'g = :g AND sk >"
            + " :s', 'ExpressionAttributeValues': {':g': {'S': 'g1'}, ':s': {'S': 'a'}}, 'Select':"
            + " 'COUNT'}");
    dynamo(
        seeds,
        "Scan",
        "{'TableName': 'fuzz', 'FilterExpression': 'size(ss) >= :n AND NOT contains(#m.x, :s)',"
            + " 'ExpressionAttributeNames': {'#m': 'm'}, 'ExpressionAttributeValues': {':n': {'N':"
            + " '1'}, ':s': {'S': 'q'}}, 'Segment': 0, 'TotalSegments': 2, 'Limit': 3,"
            + " 'ConsistentRead': true}");
    dynamo(
        seeds,
        "Scan",
        "{'TableName': 'fuzz', 'IndexName': 'by-g', 'ScanFilter': {'v': {'ComparisonOperator':"
            + " 'IN', 'AttributeValueList': [{'N': '1'}, {'N': '2'}]}}, 'AttributesToGet': ['v'],"
            + " 'ExclusiveStartKey': {'pk': {'S': 'p1'}, 'sk': {'S': 's1'}, 'g': {'S': 'g1'}}}");
    dynamo(
        seeds,
        "BatchGetItem",
        "{'RequestItems': {'fuzz': {'Keys': [{'pk': {'S': 'p1'}, 'sk': {'S': 's1'}}, {'pk':"
            + " {'S': 'p1'}, 'sk': {'S': 's2'}}], 'ProjectionExpression': '#v',"
            + " 'ExpressionAttributeNames': {'#v': 'v'}, 'ConsistentRead': true}},"
            + " 'ReturnConsumedCapacity': 'TOTAL'}");
    dynamo(
        seeds,
        "BatchWriteItem",
        "{'RequestItems': {'fuzz': [{'PutRequest': {'Item': {'pk': {'S': 'p2'}, 'sk': {'S':"
            + " 's1'}, 'l': {'N': '3'}}}}, {'DeleteRequest': {'Key': {'pk': {'S': 'p2'}, 'sk':"
            + " {'S': 's0'}}}}]}, 'ReturnItemCollectionMetrics': 'SIZE'}");
    dynamo(
        seeds,
        "TransactWriteItems",
        "{'TransactItems': [{'Put': {'TableName': 'fuzz', 'Item': {'pk': {'S': 'p3'}, 'sk': {'S':"
            + " 's1'}}, 'ConditionExpression': 'attribute_not_exists(pk)'}}, {'Update':"
            + " {'TableName': 'fuzz', 'Key': {'pk': {'S': 'p3'}, 'sk': {'S': 's2'}},"
            + " 'UpdateExpression': 'ADD v :one', 'ExpressionAttributeValues': {':one': {'N':"
            + " '1'}}}}, {'Delete': {'TableName': 'fuzz', 'Key': {'pk': {'S': 'p3'}, 'sk': {'S':"
            + " 's3'}}}}, {'ConditionCheck': {'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'},"
            + " 'sk': {'S': 's1'}}, 'ConditionExpression': 'attribute_exists(pk)',"
            + " 'ReturnValuesOnConditionCheckFailure': 'ALL_OLD'}}], 'ClientRequestToken':"
            + " 'token-1', 'ReturnConsumedCapacity': 'INDEXES'}");
    dynamo(
        seeds,
        "TransactGetItems",
        "{'TransactItems': [{'Get': {'TableName': 'fuzz', 'Key': {'pk': {'S': 'p1'}, 'sk':"
            + " {'S': 's1'}}, 'ProjectionExpression': 'v, #s', 'ExpressionAttributeNames': {'#s':"
            + " 'ss'}}}]}");
    streams(seeds, "ListStreams", "{'TableName': 'fuzz', 'Limit': 5}");
    streams(seeds, "DescribeStream", "{'StreamArn': '" + streamArn + "', 'Limit': 10}");
    streams(
        seeds,
        "GetShardIterator",
        "{'StreamArn': '"
            + streamArn
            + "', 'ShardId': '"
            + shardId
            + "', 'ShardIteratorType': 'LATEST'}");
    streams(seeds, "GetRecords", "{'ShardIterator': '" + iterator + "', 'Limit': 100}");
    for (Seed seed : seeds) {
      Answer answer = raw.send(seed.target(), "application/x-amz-json-1.0", bytes(seed.body()));
      boolean expected =
          seed.operation().equals("DeleteTable")
              ? "ResourceNotFoundException".equals(answer.type())
              : answer.status() == 200;
      if (!expected) {
        throw new IllegalStateException("a fuzz seed is not a valid request: " + answer);
      }
    }
    return List.copyOf(seeds);
  }

  private static void dynamo(List<Seed> seeds, String operation, String body) {
    seeds.add(new Seed("DynamoDB_20120810." + operation, tree(body)));
  }

  private static void streams(List<Seed> seeds, String operation, String body) {
    seeds.add(new Seed("DynamoDBStreams_20120810." + operation, tree(body)));
  }

  private static JsonNode tree(String singleQuoted) {
    try {
      return SINGLE_QUOTED.readTree(singleQuoted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String singleQuoted) {
    return bytes(tree(singleQuoted));
  }

  private static byte[] bytes(JsonNode tree) {
    return tree.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Answer ok(Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException("fuzz set-up failed: " + answer);
    }
    return answer;
  }
}
