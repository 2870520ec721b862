package cruddur.stream;

import static cruddur.stream.StreamFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import cruddur.messages.Message;
import cruddur.messages.Participant;
import cruddur.testing.TestEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Lambda host: the JSON Lambda sends, read by the Lambda Java runtime's own serialization. */
class StreamLambdaTest {
  private final StreamFixture f = new StreamFixture();
  private final Participant andrew = StreamFixture.user("andrewbrown");
  private final Participant bayko = StreamFixture.user("bayko");

  static final String EVENT =
      """
      {
        "Records": [
          {
            "eventID": "c4ca4238a0b923820dcc509a6f75849b",
            "eventName": "INSERT",
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": "us-east-1",
            "dynamodb": {
              "ApproximateCreationDateTime": 1764148502,
              "Keys": { "pk": { "S": "MSG#%1$s" }, "sk": { "S": "%2$s" } },
              "NewImage": {
                "pk": { "S": "MSG#%1$s" },
                "sk": { "S": "%2$s" },
                "message_uuid": { "S": "%3$s" },
                "message": { "S": "%4$s" },
                "user_uuid": { "S": "%5$s" },
                "user_display_name": { "S": "User bayko" },
                "user_handle": { "S": "bayko" }
              },
              "SequenceNumber": "111",
              "SizeBytes": 301,
              "StreamViewType": "NEW_AND_OLD_IMAGES"
            },
            "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-11-26T00:00:00.000"
          },
          {
            "eventID": "c81e728d9d4c2f636f067f89cc14862c",
            "eventName": "INSERT",
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": "us-east-1",
            "dynamodb": {
              "ApproximateCreationDateTime": 1764148503,
              "Keys": { "pk": { "S": "MSG#%1$s" }, "sk": { "S": "2026-11-26T09:00:30.000000+00:00" } },
              "NewImage": {
                "pk": { "S": "MSG#%1$s" },
                "sk": { "S": "2026-11-26T09:00:30.000000+00:00" },
                "message": { "S": "a message item without its sender" }
              },
              "SequenceNumber": "222",
              "SizeBytes": 120,
              "StreamViewType": "NEW_AND_OLD_IMAGES"
            },
            "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-11-26T00:00:00.000"
          },
          {
            "eventID": "eccbc87e4b5ce2fe28308fd9f2a7baf3",
            "eventName": "REMOVE",
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": "us-east-1",
            "userIdentity": { "type": "Service", "principalId": "dynamodb.amazonaws.com" },
            "dynamodb": {
              "ApproximateCreationDateTime": 1764148504,
              "Keys": { "pk": { "S": "MSG#%1$s" }, "sk": { "S": "%2$s" } },
              "OldImage": { "pk": { "S": "MSG#%1$s" }, "sk": { "S": "%2$s" } },
              "SequenceNumber": "333",
              "SizeBytes": 90,
              "StreamViewType": "NEW_AND_OLD_IMAGES"
            },
            "eventSourceARN": "arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2026-11-26T00:00:00.000"
          }
        ]
      }
      """;

  @Test
  void aDynamodbEventInLambdasJsonFormIsHandledAndFailuresAnsweredInLambdasForm() throws Exception {
    UUID group = f.start(andrew, bayko, T0);
    Message sent = f.send(group, bayko, "sent on AWS", T0.plusSeconds(20));
    String json = EVENT.formatted(group, sent.sk(), sent.messageUuid(), sent.text(), bayko.uuid());
    PojoSerializer<DynamodbEvent> in =
        LambdaEventSerializers.serializerFor(DynamodbEvent.class, getClass().getClassLoader());
    PojoSerializer<StreamsEventResponse> out =
        LambdaEventSerializers.serializerFor(
            StreamsEventResponse.class, getClass().getClassLoader());

    StreamsEventResponse response =
        new StreamLambda(TestEngine.client(), f.table).handleRequest(in.fromJson(json), null);

    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    out.toJson(response, answer);
    assertThat(answer.toString(StandardCharsets.UTF_8))
        .isEqualToIgnoringWhitespace("{\"batchItemFailures\":[{\"itemIdentifier\":\"222\"}]}");
    assertThat(f.viewOf(andrew, group).lastMessage()).isEqualTo("sent on AWS");
    assertThat(f.viewOf(andrew, group).unread()).isEqualTo(1);
    assertThat(f.viewOf(bayko, group).lastMessage()).isEqualTo("sent on AWS");
  }
}
