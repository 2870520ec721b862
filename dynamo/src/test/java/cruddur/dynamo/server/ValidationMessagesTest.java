package cruddur.dynamo.server;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exact ValidationException messages of member constraints, as DynamoDB words them: enum value
 * sets in DynamoDB's order, several violations in one message, table names, echoed values.
 */
class ValidationMessagesTest {
  private static final String ENUM =
      "failed to satisfy constraint: Member must satisfy enum value set: ";
  private static DynamoServer server;
  private static RawDynamo dynamo;
  private static String table;

  @BeforeAll
  static void start() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    dynamo = new RawDynamo(server.endpoint());
    table = dynamo.createHashTable();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String createTable(String members) {
    return "{'TableName': 'new_table', 'AttributeDefinitions': [{'AttributeName': 'pk',"
        + " 'AttributeType': 'S'}], 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}],"
        + members
        + "}";
  }

  // ---- enum value sets ----

  @Test
  void anInvalidBillingModeListsTheValuesInDynamoDbsOrder() {
    RawDynamo.assertValidation(
        dynamo.call("CreateTable", createTable("'BillingMode': 'X'")),
        "1 validation error detected: Value 'X' at 'billingMode' "
            + ENUM
            + "[PROVISIONED, PAY_PER_REQUEST]");
    RawDynamo.assertValidation(
        dynamo.call("UpdateTable", "{'TableName': '" + table + "', 'BillingMode': 'X'}"),
        "1 validation error detected: Value 'X' at 'billingMode' "
            + ENUM
            + "[PROVISIONED, PAY_PER_REQUEST]");
  }

  @Test
  void anInvalidSelectListsTheValuesInDynamoDbsOrder() {
    RawDynamo.assertValidation(
        dynamo.call("Scan", "{'TableName': '" + table + "', 'Select': 'X'}"),
        "1 validation error detected: Value 'X' at 'select' "
            + ENUM
            + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
  }

  @Test
  void anInvalidReturnConsumedCapacityListsTheValuesInDynamoDbsOrder() {
    for (String operation : List.of("Scan", "GetItem")) {
      RawDynamo.assertValidation(
          dynamo.call(
              operation,
              "{'TableName': '"
                  + table
                  + "', 'Key': {'pk': {'S': 'a'}}, 'ReturnConsumedCapacity': 'X'}"),
          "1 validation error detected: Value 'X' at 'returnConsumedCapacity' "
              + ENUM
              + "[INDEXES, TOTAL, NONE]");
    }
  }

  @Test
  void anInvalidStreamViewTypeListsTheValuesInDynamoDbsOrder() {
    RawDynamo.assertValidation(
        dynamo.call(
            "CreateTable",
            createTable(
                "'BillingMode': 'PAY_PER_REQUEST', 'StreamSpecification': {'StreamEnabled': true,"
                    + " 'StreamViewType': 'X'}")),
        "1 validation error detected: Value 'X' at 'streamSpecification.streamViewType' "
            + ENUM
            + "[OLD_IMAGE, KEYS_ONLY, NEW_AND_OLD_IMAGES, NEW_IMAGE]");
  }

  // ---- several violations in one message ----

  @Test
  void putItemReportsItsThreeInvalidEnumMembersTogetherInDynamoDbsOrder() {
    RawDynamo.assertValidation(
        dynamo.call(
            "PutItem",
            "{'TableName': '"
                + table
                + "', 'Item': {'pk': {'S': 'a'}}, 'ReturnValues': 'INVALID',"
                + " 'ReturnConsumedCapacity': 'INVALID', 'ReturnItemCollectionMetrics': 'INVALID'}"),
        "3 validation errors detected: Value 'INVALID' at 'returnValues' "
            + ENUM
            + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; Value 'INVALID' at"
            + " 'returnConsumedCapacity' "
            + ENUM
            + "[INDEXES, TOTAL, NONE]; Value 'INVALID' at 'returnItemCollectionMetrics' "
            + ENUM
            + "[SIZE, NONE]");
  }

  @Test
  void deleteItemReportsReturnValuesAndReturnConsumedCapacityTogether() {
    RawDynamo.assertValidation(
        dynamo.call(
            "DeleteItem",
            "{'TableName': '"
                + table
                + "', 'Key': {'pk': {'S': 'a'}}, 'ReturnValues': 'INVALID',"
                + " 'ReturnConsumedCapacity': 'INVALID'}"),
        "2 validation errors detected: Value 'INVALID' at 'returnValues' "
            + ENUM
            + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; Value 'INVALID' at"
            + " 'returnConsumedCapacity' "
            + ENUM
            + "[INDEXES, TOTAL, NONE]");
  }

  @Test
  void updateItemReportsReturnConsumedCapacityBeforeReturnValues() {
    RawDynamo.assertValidation(
        dynamo.call(
            "UpdateItem",
            "{'TableName': '"
                + table
                + "', 'Key': {'pk': {'S': 'a'}}, 'ReturnValues': 'INVALID',"
                + " 'ReturnConsumedCapacity': 'INVALID'}"),
        "2 validation errors detected: Value 'INVALID' at 'returnConsumedCapacity' "
            + ENUM
            + "[INDEXES, TOTAL, NONE]; Value 'INVALID' at 'returnValues' "
            + ENUM
            + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
  }

  @Test
  void anInvalidTableNameIsReportedAloneBeforeTheEnumMembers() {
    RawDynamo.assertValidation(
        dynamo.call("PutItem", "{'TableName': '', 'Item': {}, 'ReturnValues': 'INVALID'}"),
        "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 1");
  }

  // ---- table names ----

  @Test
  void anEmptyDataPlaneTableNameFailsOnlyTheMinimumLengthOfOne() {
    for (String operation :
        List.of("PutItem", "GetItem", "DeleteItem", "UpdateItem", "Query", "Scan")) {
      RawDynamo.assertValidation(
          dynamo.call(operation, "{'TableName': '', 'Item': {}, 'Key': {}}"),
          "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint:"
              + " Member must have length greater than or equal to 1");
    }
  }

  @Test
  void aDataPlaneTableNameLongerThan255CharactersStillFailsTheNameLimit() {
    String name = "a".repeat(256);

    RawDynamo.assertValidation(
        dynamo.call("PutItem", "{'TableName': '" + name + "', 'Item': {'pk': {'S': 'a'}}}"),
        "1 validation error detected: Value '"
            + name
            + "' at 'tableName' failed to satisfy constraint: Member must have length less than"
            + " or equal to 255");
  }

  @Test
  void theControlPlaneSaysAMissingTableNameIsRequired() {
    String required = "The parameter 'TableName' is required but was not present in the request";

    RawDynamo.assertValidation(dynamo.call("CreateTable", "{}"), required);
    RawDynamo.assertValidation(
        dynamo.call(
            "CreateTable",
            createTable("'BillingMode': 'PAY_PER_REQUEST'")
                .replace("'TableName': 'new_table', ", "")),
        required);
    for (String operation :
        List.of("DescribeTable", "DeleteTable", "UpdateTable", "DescribeTimeToLive")) {
      RawDynamo.assertValidation(dynamo.call(operation, "{}"), required);
    }
  }

  // ---- echoed values ----

  @Test
  void anEmptyListIsEchoedInQuotes() {
    RawDynamo.assertValidation(
        dynamo.call("TransactWriteItems", "{'TransactItems': []}"),
        "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint:"
            + " Member must have length greater than or equal to 1");
    RawDynamo.assertValidation(
        dynamo.call(
            "GetItem",
            "{'TableName': '" + table + "', 'Key': {'pk': {'S': 'a'}}, 'AttributesToGet': []}"),
        "1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 1");
  }

  @Test
  void tooManyKeySchemaElementsAreEchoedAsDynamoDbPrintsThem() {
    RawDynamo.assertValidation(
        dynamo.call(
            "CreateTable",
            "{'TableName': 'three_keys', 'BillingMode': 'PAY_PER_REQUEST',"
                + " 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'}],"
                + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}, {'AttributeName':"
                + " 'sk', 'KeyType': 'RANGE'}, {'AttributeName': 'x', 'KeyType': 'RANGE'}]}"),
        "1 validation error detected: Value '[KeySchemaElement(attributeName=pk, keyType=HASH),"
            + " KeySchemaElement(attributeName=sk, keyType=RANGE), KeySchemaElement(attributeName=x,"
            + " keyType=RANGE)]' at 'keySchema' failed to satisfy constraint: Member must have"
            + " length less than or equal to 2");
  }

  @Test
  void tooManyKeySchemaElementsAreReportedAfterAMissingProvisionedThroughput() {
    RawDynamo.assertValidation(
        dynamo.call(
            "CreateTable",
            "{'TableName': 'three_keys_provisioned',"
                + " 'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'}],"
                + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}, {'AttributeName':"
                + " 'sk', 'KeyType': 'RANGE'}, {'AttributeName': 'x', 'KeyType': 'RANGE'}]}"),
        "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must"
            + " both be specified when BillingMode is PROVISIONED");
  }

  // ---- member order within a structure ----

  @Test
  void anEmptyAttributeDefinitionReportsItsTypeBeforeItsName() {
    RawDynamo.assertValidation(
        dynamo.call(
            "CreateTable",
            "{'TableName': 'empty_attr', 'BillingMode': 'PAY_PER_REQUEST',"
                + " 'AttributeDefinitions': [{}], 'KeySchema': [{'AttributeName': 'pk',"
                + " 'KeyType': 'HASH'}]}"),
        "2 validation errors detected: Value null at 'attributeDefinitions.1.member.attributeType'"
            + " failed to satisfy constraint: Member must not be null; Value null at"
            + " 'attributeDefinitions.1.member.attributeName' failed to satisfy constraint: Member"
            + " must not be null");
  }

  @Test
  void anEmptyTimeToLiveSpecificationReportsTheAttributeNameBeforeEnabled() {
    RawDynamo.assertValidation(
        dynamo.call(
            "UpdateTimeToLive", "{'TableName': '" + table + "', 'TimeToLiveSpecification': {}}"),
        "2 validation errors detected: Value null at 'timeToLiveSpecification.attributeName'"
            + " failed to satisfy constraint: Member must not be null; Value null at"
            + " 'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be"
            + " null");
  }
}
