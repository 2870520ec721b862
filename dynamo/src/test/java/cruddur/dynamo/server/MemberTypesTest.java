package cruddur.dynamo.server;

import static org.assertj.core.api.Assertions.assertThat;

import cruddur.dynamo.server.RawDynamo.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A member of the wrong JSON type, or a required nested member left out, is a client error with
 * DynamoDB's error type, never an internal error.
 */
class MemberTypesTest {
  private static final String KEYS =
      "'AttributeDefinitions': [{'AttributeName': 'pk', 'AttributeType': 'S'},"
          + " {'AttributeName': 'g', 'AttributeType': 'S'}],"
          + " 'KeySchema': [{'AttributeName': 'pk', 'KeyType': 'HASH'}],"
          + " 'BillingMode': 'PAY_PER_REQUEST'";
  private static DynamoServer server;
  private static RawDynamo raw;

  @BeforeAll
  static void start() {
    server = DynamoServer.start(DynamoConfig.inMemory());
    raw = new RawDynamo(server.endpoint());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GlobalSecondaryIndexes | [{'IndexName': 'gsi', 'KeySchema': {'AttributeName': 'g',"
            + " 'KeyType': 'HASH'}, 'Projection': {'ProjectionType': 'ALL'}}]",
        "LocalSecondaryIndexes | [{'IndexName': 'lsi', 'KeySchema': {'AttributeName': 'pk',"
            + " 'KeyType': 'HASH'}, 'Projection': {'ProjectionType': 'ALL'}}]",
        "GlobalSecondaryIndexes | {'IndexName': 'gsi'}",
        "Tags | {'Key': 'k', 'Value': 'v'}",
        "StreamSpecification | ['StreamEnabled']"
      })
  void aCreateTableMemberOfTheWrongTypeIsASerializationException(String member, String value) {
    Answer answer =
        raw.call(
            "CreateTable",
            "{'TableName': '"
                + EngineFixture.uniqueName("t")
                + "', "
                + KEYS
                + ", '"
                + member
                + "': "
                + value
                + "}");

    assertSerialization(answer);
  }

  @Test
  void anUpdateTableIndexKeySchemaGivenAsAnObjectIsASerializationException() {
    String table = raw.createHashTable();

    Answer answer =
        raw.call(
            "UpdateTable",
            "{'TableName': '"
                + table
                + "', 'AttributeDefinitions': [{'AttributeName': 'g', 'AttributeType': 'S'}],"
                + " 'GlobalSecondaryIndexUpdates': [{'Create': {'IndexName': 'gsi', 'KeySchema':"
                + " {'AttributeName': 'g', 'KeyType': 'HASH'}, 'Projection': {'ProjectionType':"
                + " 'ALL'}}}]}");

    assertSerialization(answer);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{'Create': {'KeySchema': [{'AttributeName': 'g', 'KeyType': 'HASH'}], 'Projection':"
            + " {'ProjectionType': 'ALL'}}} | globalSecondaryIndexUpdates.1.member.create.indexName",
        "{'Delete': {}} | globalSecondaryIndexUpdates.1.member.delete.indexName",
        "{'Update': {'ProvisionedThroughput': {'ReadCapacityUnits': 1, 'WriteCapacityUnits': 1}}}"
            + " | globalSecondaryIndexUpdates.1.member.update.indexName",
      })
  void anIndexUpdateWithoutItsIndexNameIsAValidationError(String update, String path) {
    String table = raw.createHashTable();

    Answer answer =
        raw.call(
            "UpdateTable",
            "{'TableName': '"
                + table
                + "', 'AttributeDefinitions': [{'AttributeName': 'g', 'AttributeType': 'S'}],"
                + " 'GlobalSecondaryIndexUpdates': ["
                + update
                + "]}");

    RawDynamo.assertValidation(
        answer,
        "1 validation error detected: Value null at '"
            + path
            + "' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void aTagWithoutAValueIsAValidationError() {
    String table = raw.createHashTable();
    String arn =
        raw.call("DescribeTable", "{'TableName': '" + table + "'}")
            .body()
            .at("/Table/TableArn")
            .textValue();

    Answer answer =
        raw.call("TagResource", "{'ResourceArn': '" + arn + "', 'Tags': [{'Key': 'k'}]}");

    RawDynamo.assertValidation(
        answer,
        "1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy"
            + " constraint: Member must not be null");
  }

  private static void assertSerialization(Answer answer) {
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
    assertThat(answer.type()).isEqualTo("SerializationException");
  }
}
