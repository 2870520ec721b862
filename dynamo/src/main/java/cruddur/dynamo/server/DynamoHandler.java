package cruddur.dynamo.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import cruddur.dynamo.item.AttributeValueJson;
import cruddur.dynamo.protocol.Dispatcher;
import cruddur.dynamo.protocol.DynamoException;
import cruddur.dynamo.protocol.ErrorType;
import cruddur.dynamo.protocol.JsonTrees;
import cruddur.dynamo.protocol.Operation;
import cruddur.dynamo.protocol.RequestShapes;
import cruddur.dynamo.protocol.ResponseBody;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of DynamoDB's JSON 1.0 protocol: checks method, content type, JSON, target and
 * authorization, calls the operation and writes its answer with a request id and CRC32.
 */
final class DynamoHandler extends Handler.Abstract {
  private static final Logger log = LoggerFactory.getLogger(DynamoHandler.class);
  private static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

  /**
   * How much of a body over the limit is read (and dropped) so the client sees its 413; a
   * Content-Length over this is answered at once.
   */
  private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

  private static final String JSON_10 = "application/x-amz-json-1.0";
  private static final char[] ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

  private final CompletableFuture<Dispatcher> dispatcher;
  private final JsonFactory factory;
  private final CorsPolicy cors;
  private final RequestShapes shapes;

  /**
   * {@code blocking} says whether a request may wait long (an fsync per write): then Jetty hands
   * each request to a pool thread. Otherwise requests run where they arrive, which saves a thread
   * hand-off per request; waits there are short (a table lock held for one write).
   */
  DynamoHandler(
      CompletableFuture<Dispatcher> dispatcher,
      JsonFactory factory,
      boolean blocking,
      CorsPolicy cors,
      RequestShapes shapes) {
    super(blocking ? InvocationType.BLOCKING : InvocationType.NON_BLOCKING);
    this.dispatcher = dispatcher;
    this.factory = factory;
    this.cors = cors;
    this.shapes = shapes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    response.getHeaders().put("x-amzn-RequestId", requestId());
    if (cors.apply(request, response)) {
      response.write(true, null, callback);
      return true;
    }
    if (HttpMethod.GET.is(request.getMethod())) {
      sendText(response, callback, 200, "healthy: dynamodb.local ");
      return true;
    }
    if (request.getLength() > MAX_DRAINED_BYTES) {
      tooLarge(response, callback);
      return true;
    }
    // The body usually arrives with the headers, and then this completes at once on this thread.
    BodyReader.read(
        request,
        MAX_REQUEST_BYTES,
        MAX_DRAINED_BYTES,
        getInvocationType(),
        new BodyReader.Listener() {
          @Override
          public void body(byte[] body) {
            respond(request, response, callback, body);
          }

          @Override
          public void tooLarge() {
            DynamoHandler.tooLarge(response, callback);
          }

          @Override
          public void failed(Throwable failure) {
            callback.failed(failure);
          }
        });
    return true;
  }

  private static void tooLarge(Response response, Callback callback) {
    response.setStatus(413);
    response.write(true, null, callback);
  }

  private void respond(Request request, Response response, Callback callback, byte[] body) {
    String contentType =
        Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
            .map(t -> t.split(";")[0].trim())
            .orElse("");
    if (!HttpMethod.POST.is(request.getMethod())
        || (body.length > 0
            && !contentType.equals(JSON_10)
            && !contentType.equals("application/json"))) {
      sendText(response, callback, 404, "<UnknownOperationException/>\n");
      return;
    }
    String responseType = contentType.equals(JSON_10) ? JSON_10 : "application/json";
    byte[] out;
    int status = 200;
    try {
      out = render(dispatch(request, body));
    } catch (DynamoException e) {
      status = e.type().httpStatus();
      out = renderError(e);
    } catch (IOException | RuntimeException e) {
      log.error("internal error", e);
      status = 500;
      out =
          renderError(
              new DynamoException(ErrorType.INTERNAL_SERVER_ERROR, "Internal server error"));
    }
    send(response, callback, status, responseType, out);
  }

  private ResponseBody dispatch(Request request, byte[] body) {
    JsonNode json = parse(body);
    String target = request.getHeaders().get("X-Amz-Target");
    Operation operation =
        dispatcher
            .join()
            .find(target)
            .orElseThrow(() -> new DynamoException(ErrorType.UNKNOWN_OPERATION, null));
    checkAuthorization(request);
    if (json == null) {
      throw new DynamoException(ErrorType.SERIALIZATION, null);
    }
    shapes.check(target, json);
    return operation.handle(json);
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = JsonTrees.parse(factory, body);
      if (node == null || !node.isObject()) {
        throw new DynamoException(ErrorType.SERIALIZATION, null);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new DynamoException(ErrorType.SERIALIZATION, null);
    } catch (JsonTrees.MalformedTextException e) {
      throw new DynamoException(ErrorType.SERIALIZATION, e.getMessage());
    } catch (IOException e) {
      throw new DynamoException(ErrorType.SERIALIZATION, null);
    }
  }

  /** Any credentials are accepted; only the shape of a SigV4 header is checked. */
  private static void checkAuthorization(Request request) {
    String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    boolean queryAuth =
        request.getHttpURI().getQuery() != null
            && request.getHttpURI().getQuery().contains("X-Amz-Algorithm");
    if ((auth == null && !queryAuth) || (auth != null && !auth.trim().startsWith("AWS4-"))) {
      throw new DynamoException(
          ErrorType.MISSING_AUTHENTICATION_TOKEN, "Request is missing Authentication Token");
    }
    if (auth == null) {
      return;
    }
    StringBuilder missing = new StringBuilder();
    for (String param : new String[] {"Credential", "Signature", "SignedHeaders"}) {
      if (!auth.contains(param + "=")) {
        missing.append("Authorization header requires '").append(param).append("' parameter. ");
      }
    }
    if (request.getHeaders().get("X-Amz-Date") == null
        && request.getHeaders().get(HttpHeader.DATE) == null) {
      missing.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a"
              + " 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw new DynamoException(ErrorType.INCOMPLETE_SIGNATURE, missing + "Authorization=" + auth);
    }
  }

  private byte[] render(ResponseBody body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator json = factory.createGenerator(bytes)) {
      body.writeTo(json);
    }
    return bytes.toByteArray();
  }

  private byte[] renderError(DynamoException e) {
    try {
      return render(
          json -> {
            json.writeStartObject();
            json.writeStringField("__type", e.type().wireName());
            if (e.getMessage() != null) {
              // Coral's own deserialization errors spell the key with a capital M.
              json.writeStringField(
                  e.type() == ErrorType.SERIALIZATION ? "Message" : "message", e.getMessage());
            }
            if (e.item().isPresent()) {
              json.writeFieldName("Item");
              AttributeValueJson.writeItem(json, e.item().get());
            }
            e.writeExtra(json);
            json.writeEndObject();
          });
    } catch (IOException io) {
      throw new IllegalStateException(io);
    }
  }

  private static void sendText(Response response, Callback callback, int status, String text) {
    send(response, callback, status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(
      Response response, Callback callback, int status, String type, byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put("x-amz-crc32", Long.toString(crc.getValue()));
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static String requestId() {
    char[] id = new char[52];
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
    }
    return new String(id);
  }
}
