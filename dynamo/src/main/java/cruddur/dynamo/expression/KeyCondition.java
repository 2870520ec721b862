package cruddur.dynamo.expression;

import cruddur.dynamo.item.AttributeValue;
import java.util.Optional;

/** A parsed key condition: equality on the hash key and an optional range-key condition. */
public record KeyCondition(
    String hashName, AttributeValue hashValue, Optional<RangeCondition> range) {}
