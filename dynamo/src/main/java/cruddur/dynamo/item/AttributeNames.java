package cruddur.dynamo.item;

import cruddur.dynamo.protocol.DynamoException;
import java.nio.charset.StandardCharsets;

/**
 * DynamoDB's rule for a top-level attribute name: at least one character and less than 64 KB of
 * UTF-8. (Index key names are held to 255 characters where indexes are defined.)
 */
public final class AttributeNames {
  /** The longest name DynamoDB stores, in UTF-8 bytes. */
  public static final int MAX_BYTES = 65535;

  private AttributeNames() {}

  /** Returns the name, or throws DynamoDB's ValidationException for one it refuses. */
  public static String check(String name) {
    if (name.isEmpty()) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: An attribute name cannot be empty");
    }
    // Each char is at most 3 UTF-8 bytes, so only long names need counting.
    if (name.length() * 3L > MAX_BYTES
        && name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw DynamoException.validation(
          "One or more parameter values were invalid: An attribute name is longer than "
              + MAX_BYTES
              + " bytes");
    }
    return name;
  }
}
