package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.Map;
import java.util.Set;

/** A parsed UpdateExpression or AttributeUpdates. */
public interface Update {
  /**
   * Returns the new item; throws DynamoException with DynamoDB's runtime messages. Never mutates
   * its input.
   */
  Map<String, AttributeValue> apply(Map<String, AttributeValue> item);

  /** Top-level attribute names the update writes or removes. */
  Set<String> topLevelNames();

  /**
   * What DynamoDB adds to the bytes an UpdateItem writes before holding them to the item size
   * limit: 3, plus 19 for each SET or ADD action and 2 for each REMOVE or DELETE action. Zero for
   * updates without such accounting (the legacy AttributeUpdates).
   */
  default long sizeOverhead() {
    return 0;
  }

  /**
   * Whether applied to an item that does not exist the update creates it. An update that only
   * removes or deletes (REMOVE and DELETE actions, or legacy DELETE) has nothing to write there,
   * and DynamoDB then creates no item, not even one of the key alone.
   */
  boolean createsItem();

  /** Top-level attribute names the update writes a value to (SET and ADD). */
  default Set<String> writtenTopLevelNames() {
    return Set.of();
  }

  /**
   * A projection onto the document paths the update touches, for ReturnValues UPDATED_OLD and
   * UPDATED_NEW (which return just those paths, nested structure kept).
   */
  default Projection changedPaths() {
    return new PathProjection(topLevelNames().stream().map(DocumentPath::of).toList());
  }
}
