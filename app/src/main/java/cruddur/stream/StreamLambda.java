package cruddur.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import cruddur.config.Environment;
import java.util.function.Function;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stream processor on AWS Lambda: handler {@code cruddur.stream.StreamLambda::handleRequest},
 * on the table's stream through an event source mapping with {@code ReportBatchItemFailures}. The
 * table is {@code DDB_MESSAGE_TABLE} (default {@code cruddur-messages}); region and credentials are
 * Lambda's own. The client is built once per execution environment, not per invocation.
 */
public final class StreamLambda implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private final Function<DynamodbEvent, StreamsEventResponse> handler;

  /** What Lambda calls: everything from the function's environment. */
  public StreamLambda() {
    this(
        DynamoDbClient.builder().httpClientBuilder(Apache5HttpClient.builder()).build(),
        Environment.of(System.getenv()).tableName());
  }

  /** The same function on another client and table. */
  public StreamLambda(DynamoDbClient client, String tableName) {
    this.handler = MessageStreamHandler.forTable(client, tableName, c -> {});
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    return handler.apply(event);
  }
}
