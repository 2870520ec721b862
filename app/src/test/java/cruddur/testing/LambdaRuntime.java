package cruddur.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * What the Lambda Java runtime does with a request: the event JSON through its serialization
 * library into the handler's event type, the handler built by its no-argument constructor, its
 * answer back to JSON. In-process ({@link #invoke}) or as a process of its own ({@link #main}:
 * handler as the argument, event JSON on standard input, the answer on standard output), whose
 * class path holds only the function's jar, the serialization library and this class.
 */
public final class LambdaRuntime {
  private LambdaRuntime() {}

  public static void main(String[] args) throws Exception {
    String event = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(invoke(LambdaRuntime.class.getClassLoader(), args[0], event));
    System.exit(0);
  }

  /**
   * Calls {@code handler} ({@code class::method}, as in a function's configuration) of a
   * DynamoDB-stream function loaded by {@code runtime} with the event {@code json}; its answer as
   * JSON.
   */
  public static String invoke(ClassLoader runtime, String handler, String json) throws Exception {
    String[] parts = handler.split("::");
    Class<?> eventType =
        runtime.loadClass("com.amazonaws.services.lambda.runtime.events.DynamodbEvent");
    Class<?> responseType =
        runtime.loadClass("com.amazonaws.services.lambda.runtime.events.StreamsEventResponse");
    Class<?> serializers =
        runtime.loadClass(
            "com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers");
    Class<?> pojo =
        runtime.loadClass("com.amazonaws.services.lambda.runtime.serialization.PojoSerializer");
    Method serializerFor = serializers.getMethod("serializerFor", Class.class, ClassLoader.class);
    Object in = serializerFor.invoke(null, eventType, runtime);
    Object out = serializerFor.invoke(null, responseType, runtime);
    Object event = pojo.getMethod("fromJson", String.class).invoke(in, json);
    Class<?> handlerType = runtime.loadClass(parts[0]);
    Object function = handlerType.getConstructor().newInstance();
    Object response =
        handlerType
            .getMethod(
                parts[1],
                eventType,
                runtime.loadClass("com.amazonaws.services.lambda.runtime.Context"))
            .invoke(function, event, null);
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    pojo.getMethod("toJson", Object.class, OutputStream.class).invoke(out, response, answer);
    return answer.toString(StandardCharsets.UTF_8);
  }
}
