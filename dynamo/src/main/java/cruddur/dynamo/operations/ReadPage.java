package cruddur.dynamo.operations;

import cruddur.dynamo.item.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One page of a Query or Scan: the items returned, the counts, and where to resume. */
record ReadPage(
    List<Map<String, AttributeValue>> items,
    int count,
    int scannedCount,
    Optional<Map<String, AttributeValue>> lastEvaluatedKey,
    long bytesRead) {}
