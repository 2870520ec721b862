package cruddur.deploy;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * The template's {@code AWS::DynamoDB::Table}, created the way CloudFormation would create it (its
 * properties are CreateTable's, by the same names), on any endpoint.
 */
final class TemplateTable {
  private TemplateTable() {}

  static void create(DynamoDbClient client, Template template, String resource, String name) {
    Map<String, Object> p = template.properties(resource);
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName(name)
            .billingMode((String) p.get("BillingMode"))
            .attributeDefinitions(
                Template.list(p.get("AttributeDefinitions")).stream()
                    .map(Template::map)
                    .map(
                        a ->
                            AttributeDefinition.builder()
                                .attributeName((String) a.get("AttributeName"))
                                .attributeType((String) a.get("AttributeType"))
                                .build())
                    .toList())
            .keySchema(keys(p.get("KeySchema")));
    if (p.containsKey("GlobalSecondaryIndexes")) {
      request.globalSecondaryIndexes(
          Template.list(p.get("GlobalSecondaryIndexes")).stream()
              .map(Template::map)
              .map(
                  index ->
                      GlobalSecondaryIndex.builder()
                          .indexName((String) index.get("IndexName"))
                          .keySchema(keys(index.get("KeySchema")))
                          .projection(
                              x ->
                                  x.projectionType(
                                      (String)
                                          Template.map(index.get("Projection"))
                                              .get("ProjectionType")))
                          .build())
              .toList());
    }
    if (p.containsKey("StreamSpecification")) {
      String view = (String) Template.map(p.get("StreamSpecification")).get("StreamViewType");
      request.streamSpecification(s -> s.streamEnabled(true).streamViewType(view));
    }
    client.createTable(request.build());
    client.waiter().waitUntilTableExists(d -> d.tableName(name));
  }

  private static List<KeySchemaElement> keys(Object schema) {
    return Template.list(schema).stream()
        .map(Template::map)
        .map(
            k ->
                KeySchemaElement.builder()
                    .attributeName((String) k.get("AttributeName"))
                    .keyType((String) k.get("KeyType"))
                    .build())
        .toList();
  }
}
