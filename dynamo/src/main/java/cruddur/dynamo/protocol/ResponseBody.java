package cruddur.dynamo.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A response written straight to JSON, so hot paths build no intermediate tree. */
@FunctionalInterface
public interface ResponseBody {
  void writeTo(JsonGenerator json) throws IOException;

  /** The empty object {@code {}}. */
  static ResponseBody empty() {
    return json -> {
      json.writeStartObject();
      json.writeEndObject();
    };
  }
}
