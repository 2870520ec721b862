package cruddur.dynamo.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code dynamo --self-check}: starts an in-memory engine, drives a table through its life over
 * HTTP, and reports. Doubles as the training run from which the launcher records a class-data
 * archive, so the calls touch the code a real start-up and first requests touch.
 */
final class SelfCheck {
  private static final String AUTH =
      "AWS4-HMAC-SHA256 Credential=self/20260101/us-east-1/dynamodb/aws4_request,"
          + " SignedHeaders=host;x-amz-date, Signature=0";

  private record Call(String operation, String body, String expect) {}

  private static final List<Call> CALLS =
      List.of(
          new Call(
              "CreateTable",
              """
              {"TableName":"self-check","BillingMode":"PAY_PER_REQUEST",
               "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},
                 {"AttributeName":"sk","AttributeType":"S"},
                 {"AttributeName":"g","AttributeType":"S"}],
               "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
                 {"AttributeName":"sk","KeyType":"RANGE"}],
               "GlobalSecondaryIndexes":[{"IndexName":"by-g","Projection":{"ProjectionType":"ALL"},
                 "KeySchema":[{"AttributeName":"g","KeyType":"HASH"},
                   {"AttributeName":"sk","KeyType":"RANGE"}]}]}""",
              "\"TableStatus\""),
          new Call(
              "PutItem",
              """
              {"TableName":"self-check","Item":{"pk":{"S":"a"},"sk":{"S":"1"},"g":{"S":"x"},
               "n":{"N":"1"}},"ConditionExpression":"attribute_not_exists(pk)"}""",
              "{}"),
          new Call(
              "GetItem",
              """
              {"TableName":"self-check","Key":{"pk":{"S":"a"},"sk":{"S":"1"}}}""",
              "\"Item\""),
          new Call(
              "UpdateItem",
              """
              {"TableName":"self-check","Key":{"pk":{"S":"a"},"sk":{"S":"1"}},
               "UpdateExpression":"SET #n = #n + :one","ExpressionAttributeNames":{"#n":"n"},
               "ExpressionAttributeValues":{":one":{"N":"1"}},"ReturnValues":"UPDATED_NEW"}""",
              "\"2\""),
          new Call(
              "Query",
              """
              {"TableName":"self-check","KeyConditionExpression":"pk = :p",
               "ExpressionAttributeValues":{":p":{"S":"a"}},"ScanIndexForward":false,"Limit":20}""",
              "\"Count\":1"),
          new Call(
              "Query",
              """
              {"TableName":"self-check","IndexName":"by-g","KeyConditionExpression":"g = :g",
               "ExpressionAttributeValues":{":g":{"S":"x"}}}""",
              "\"Count\":1"),
          new Call(
              "BatchWriteItem",
              """
              {"RequestItems":{"self-check":[{"PutRequest":{"Item":{"pk":{"S":"b"},
               "sk":{"S":"1"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"a"},"sk":{"S":"1"}}}}]}}""",
              "\"UnprocessedItems\""),
          new Call("Scan", "{\"TableName\":\"self-check\"}", "\"Count\":1"),
          new Call("DeleteTable", "{\"TableName\":\"self-check\"}", "\"DELETING\""),
          new Call("ListTables", "{}", "\"TableNames\":[]"));

  private SelfCheck() {}

  /** Runs the check; returns the process exit code. */
  static int run() {
    try (DynamoServer server = DynamoServer.start(DynamoConfig.inMemory())) {
      for (Call call : CALLS) {
        String answer = post(server.endpoint(), call);
        if (!answer.contains(call.expect())) {
          System.err.println("dynamo: self-check failed at " + call.operation() + ": " + answer);
          return 1;
        }
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("dynamo: self-check failed: " + e);
      return 1;
    }
    System.out.println("dynamo: self-check passed (" + CALLS.size() + " calls)");
    return 0;
  }

  private static String post(URI endpoint, Call call) throws IOException {
    HttpURLConnection http = (HttpURLConnection) endpoint.toURL().openConnection();
    http.setRequestMethod("POST");
    http.setDoOutput(true);
    http.setRequestProperty("Content-Type", "application/x-amz-json-1.0");
    http.setRequestProperty("X-Amz-Target", "DynamoDB_20120810." + call.operation());
    http.setRequestProperty("X-Amz-Date", "20260101T000000Z");
    http.setRequestProperty("Authorization", AUTH);
    try (OutputStream out = http.getOutputStream()) {
      out.write(call.body().getBytes(StandardCharsets.UTF_8));
    }
    int status = http.getResponseCode();
    try (InputStream in = status == 200 ? http.getInputStream() : http.getErrorStream()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return status == 200 ? body : "HTTP " + status + " " + body;
    }
  }
}
