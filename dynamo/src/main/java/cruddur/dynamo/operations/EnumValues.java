package cruddur.dynamo.operations;

import java.util.List;

/**
 * The values of DynamoDB's enum members, each list in the (fixed, unsorted) order DynamoDB prints
 * in "Member must satisfy enum value set: [...]".
 */
final class EnumValues {
  static final List<String> BILLING_MODE = List.of("PROVISIONED", "PAY_PER_REQUEST");
  static final List<String> RETURN_VALUES =
      List.of("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");
  static final List<String> RETURN_CONSUMED_CAPACITY = List.of("INDEXES", "TOTAL", "NONE");
  static final List<String> RETURN_ITEM_COLLECTION_METRICS = List.of("SIZE", "NONE");
  static final List<String> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = List.of("ALL_OLD", "NONE");
  static final List<String> SELECT =
      List.of("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES");
  static final List<String> KEY_TYPE = List.of("HASH", "RANGE");
  static final List<String> ATTRIBUTE_TYPE = List.of("B", "N", "S");
  static final List<String> PROJECTION_TYPE = List.of("ALL", "INCLUDE", "KEYS_ONLY");
  static final List<String> STREAM_VIEW_TYPE =
      List.of("OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE");

  private EnumValues() {}
}
