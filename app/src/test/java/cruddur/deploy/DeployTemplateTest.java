package cruddur.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import cruddur.config.Environment;
import cruddur.messages.MessagesSchema;
import cruddur.testing.TestEngine;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * {@code deploy/template.yaml}, checked without an AWS account: it parses as CloudFormation, every
 * reference in it resolves, its table is the one the scripts create, its stream processor is the
 * stream handler with bounded retries, and its permissions are exactly what the code calls.
 */
class DeployTemplateTest {
  private static Template template;

  @BeforeAll
  static void load() throws Exception {
    template = Template.load();
  }

  @Test
  void theTemplateIsASamTemplateWhoseEveryReferenceResolves() {
    assertThat(template.root()).containsEntry("Transform", "AWS::Serverless-2016-10-31");
    assertThat(template.section("Resources")).isNotEmpty();
    assertThat(template.referenceErrors()).isEmpty();
  }

  @Test
  void aReferenceToSomethingMissingOrConditionalIsReported() {
    Template broken =
        Template.parse(
            """
            Conditions:
              InVpc: !Equals [!Ref VpcId, "x"]
            Parameters:
              VpcId: {Type: String}
            Resources:
              Group:
                Type: AWS::EC2::SecurityGroup
                Condition: InVpc
              Function:
                Type: AWS::Serverless::Function
                Properties:
                  Role: !GetAtt Missing.Arn
                  Groups: [!Ref Group]
                  Name: !Sub "${AWS::StackName}-${Nowhere}"
                  Fine: !If [InVpc, !Ref Group, !Ref AWS::NoValue]
            """);

    assertThat(broken.referenceErrors())
        .containsExactlyInAnyOrder(
            "Function: refers to Missing, which is neither a parameter nor a resource",
            "Function: refers to Group, which exists only if InVpc holds",
            "Function: refers to Nowhere, which is neither a parameter nor a resource");
  }

  @Test
  void theTemplatesTableIsTheOneSchemaLoadCreates() {
    String fromTemplate = TestEngine.uniqueTableName("template");
    String fromScript = TestEngine.uniqueTableName("schema-load");
    TemplateTable.create(TestEngine.client(), template, "MessagesTable", fromTemplate);
    new MessagesSchema(TestEngine.client(), fromScript).createTable();

    TableDescription a = describe(fromTemplate);
    TableDescription b = describe(fromScript);

    assertThat(a.keySchema()).isEqualTo(b.keySchema());
    assertThat(Set.copyOf(a.attributeDefinitions()))
        .isEqualTo(Set.copyOf(b.attributeDefinitions()));
    assertThat(a.billingModeSummary().billingMode())
        .isEqualTo(b.billingModeSummary().billingMode());
    assertThat(a.streamSpecification()).isEqualTo(b.streamSpecification());
    assertThat(a.globalSecondaryIndexes()).hasSize(1);
    assertThat(a.globalSecondaryIndexes().get(0).indexName())
        .isEqualTo(b.globalSecondaryIndexes().get(0).indexName());
    assertThat(a.globalSecondaryIndexes().get(0).keySchema())
        .isEqualTo(b.globalSecondaryIndexes().get(0).keySchema());
    assertThat(a.globalSecondaryIndexes().get(0).projection())
        .isEqualTo(b.globalSecondaryIndexes().get(0).projection());
    assertThat(template.parameterDefault("TableName")).isEqualTo(Environment.DEFAULT_TABLE);
  }

  @Test
  void theTableKeepsItsDataThroughMistakes() {
    Map<String, Object> table = template.resource("MessagesTable");
    assertThat(table).containsEntry("DeletionPolicy", "Retain");
    assertThat(table).containsEntry("UpdateReplacePolicy", "Retain");
    assertThat(
            Template.map(
                template.properties("MessagesTable").get("PointInTimeRecoverySpecification")))
        .containsEntry("PointInTimeRecoveryEnabled", true);
  }

  @Test
  void theStreamProcessorIsTheStreamHandlerOnJava17WithSnapStart() throws Exception {
    Map<String, Object> function = template.properties("StreamProcessorFunction");
    assertThat(function).containsEntry("Runtime", "java17");
    assertThat(Template.map(function.get("SnapStart")))
        .containsEntry("ApplyOn", "PublishedVersions");
    assertThat(function).containsKey("AutoPublishAlias");

    String[] handler = ((String) function.get("Handler")).split("::");
    Class<?> type = Class.forName(handler[0]);
    var method = type.getMethod(handler[1], DynamodbEvent.class, Context.class);
    assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).isTrue();
    assertThat(method.getReturnType().getSimpleName()).isEqualTo("StreamsEventResponse");
  }

  @Test
  void theStreamTriggerReportsPartialFailuresRetriesBoundedlyAndKeepsWhatItGivesUp() {
    Map<String, Object> events =
        Template.map(template.properties("StreamProcessorFunction").get("Events"));
    assertThat(events).hasSize(1);
    Map<String, Object> event = Template.map(events.values().iterator().next());
    assertThat(event).containsEntry("Type", "DynamoDB");
    Map<String, Object> p = Template.map(event.get("Properties"));
    assertThat(p.get("Stream"))
        .isEqualTo(Map.of("Fn::GetAtt", List.of("MessagesTable", "StreamArn")));
    assertThat(Template.list(p.get("FunctionResponseTypes")))
        .containsExactly("ReportBatchItemFailures");
    assertThat(p).containsEntry("BisectBatchOnFunctionError", true);
    assertThat((Integer) p.get("MaximumRetryAttempts")).isBetween(0, 10);
    assertThat((Integer) p.get("MaximumRecordAgeInSeconds")).isBetween(60, 24 * 3600);
    Map<String, Object> onFailure =
        Template.map(Template.map(p.get("DestinationConfig")).get("OnFailure"));
    assertThat(onFailure).containsEntry("Type", "SQS");
    String queue =
        (String) Template.list(Template.map(onFailure.get("Destination")).get("Fn::GetAtt")).get(0);
    assertThat(template.type(queue)).isEqualTo("AWS::SQS::Queue");
  }

  @Test
  void theFunctionIsConfiguredOnlyByNamesTheAppReads() {
    Map<String, Object> variables =
        Template.map(
            Template.map(template.properties("StreamProcessorFunction").get("Environment"))
                .get("Variables"));
    assertThat(Environment.NAMES).containsAll(variables.keySet());
    assertThat(variables).containsEntry("DDB_MESSAGE_TABLE", Map.of("Ref", "MessagesTable"));
  }

  @Test
  void theStreamProcessorMayDoWhatItsCodeCallsOnTheTableAndNothingElseThere() {
    List<Statement> statements = Statement.of(template, "StreamProcessorRole");
    Set<String> expected = DynamoCalls.reachableFrom(classes(), handlerClass());

    assertThat(Statement.tableActions(statements)).isEqualTo(expected);
    assertThat(expected).contains("dynamodb:Query", "dynamodb:PutItem", "dynamodb:DeleteItem");
    Statement stream = bySid(statements, "ReadTheTableStream");
    assertThat(stream.actions())
        .containsExactlyInAnyOrder(
            "dynamodb:DescribeStream",
            "dynamodb:GetRecords",
            "dynamodb:GetShardIterator",
            "dynamodb:ListStreams");
    assertThat(stream.resources()).containsExactly(Statement.STREAM_ARN);
    assertThat(bySid(statements, "ReportRecordsGivenUpOn").resources())
        .containsExactly("StreamFailureQueue.Arn");
    assertThat(bySid(statements, "WriteItsLogs").resources())
        .containsExactly("StreamProcessorLogGroup.Arn");
    // "*" only for the network interfaces Lambda needs in a VPC, and only when in one.
    assertThat(statements.stream().filter(s -> s.resources().contains("*")))
        .allSatisfy(
            s -> {
              assertThat(s.condition()).contains("InVpc");
              assertThat(s.actions()).allMatch(a -> a.startsWith("ec2:"));
            });
  }

  @Test
  void theApiMayDoWhatItsCodeCallsOnTheTableAndNothingElse() {
    List<Statement> statements = Statement.of(template, "ApiAccessPolicy");
    Set<String> expected = DynamoCalls.reachableFrom(classes(), "cruddur.cli.ApiCommand");

    assertThat(Statement.tableActions(statements)).isEqualTo(expected);
    assertThat(expected)
        .contains("dynamodb:Query", "dynamodb:GetItem")
        .doesNotContain("dynamodb:CreateTable", "dynamodb:DeleteTable", "dynamodb:Scan");
    assertThat(statements)
        .allSatisfy(
            s -> assertThat(s.resources()).isSubsetOf(Statement.TABLE_ARN, Statement.INDEX_ARN));
    assertThat(Template.list(template.properties("ApiTaskRole").get("ManagedPolicyArns")))
        .containsExactly(Map.of("Ref", "ApiAccessPolicy"));
  }

  @Test
  void theStaticReadingOfCallsSeesTheAdminScriptsCallsToo() {
    // The same reading of the whole command line finds the ddb scripts' table calls, so an empty
    // or partial reading cannot pass the two tests above by accident.
    assertThat(DynamoCalls.reachableFrom(classes(), "cruddur.cli.Commands"))
        .contains("dynamodb:CreateTable", "dynamodb:DeleteTable", "dynamodb:Scan");
  }

  @Test
  void theStreamProcessorCanRunInAVpcThatReachesDynamoDbThroughAGatewayEndpoint() {
    assertThat(template.section("Parameters")).containsKeys("VpcId", "SubnetIds", "RouteTableIds");
    Map<String, Object> endpoint = template.properties("DynamoDbGatewayEndpoint");
    assertThat(endpoint).containsEntry("VpcEndpointType", "Gateway");
    assertThat(endpoint.get("ServiceName"))
        .isEqualTo(Map.of("Fn::Sub", "com.amazonaws.${AWS::Region}.dynamodb"));
    Map<String, Object> vpc =
        Template.map(template.properties("StreamProcessorFunction").get("VpcConfig"));
    assertThat(Template.list(vpc.get("Fn::If")).get(0)).isEqualTo("InVpc");
  }

  private static Statement bySid(List<Statement> statements, String sid) {
    return statements.stream()
        .filter(s -> sid.equals(s.sid()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement " + sid));
  }

  private static String handlerClass() {
    return ((String) template.properties("StreamProcessorFunction").get("Handler")).split("::")[0];
  }

  private static String classes() {
    return Template.repositoryRoot().resolve("app/target/classes").toString();
  }

  private static TableDescription describe(String table) {
    return TestEngine.client().describeTable(d -> d.tableName(table)).table();
  }
}
