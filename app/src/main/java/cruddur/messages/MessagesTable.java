package cruddur.messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The messages table as the repositories use it: the few calls they make, a missing table reported
 * as {@link MessagesTableMissing} (and, when there is one, to a {@link MessagesTableStatus}, as is
 * every call that found it), and transactions reduced to a {@link TransactionOutcome}.
 */
final class MessagesTable {
  static final String CONDITION_FAILED = "ConditionalCheckFailed";

  private static final String NONE = "None";
  private static final String CONFLICT = "TransactionConflict";
  // DynamoDB cancels a transaction that overlaps another in flight; the SDK does not retry those.
  private static final int CONFLICT_ATTEMPTS = 6;

  private final DynamoDbClient client;
  private final String name;
  private final Optional<MessagesTableStatus> status;

  MessagesTable(DynamoDbClient client, String name, Optional<MessagesTableStatus> status) {
    this.client = Objects.requireNonNull(client, "client");
    this.name = Objects.requireNonNull(name, "name");
    this.status = status;
  }

  /**
   * One page of partition {@code pk}, newest (highest sort key) first, starting below the cursor.
   */
  Page<Map<String, AttributeValue>> newestFirst(String pk, Optional<String> cursor, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("page limit must be at least 1, was " + limit);
    }
    Optional<String> below = cursor.map(PageCursor::decode);
    QueryResponse response =
        call(
            () ->
                client.query(
                    q -> {
                      q.tableName(name)
                          .keyConditionExpression("pk = :pk")
                          .expressionAttributeValues(Map.of(":pk", MessageItems.text(pk)))
                          .scanIndexForward(false)
                          .limit(limit);
                      below.ifPresent(sk -> q.exclusiveStartKey(MessageItems.key(pk, sk)));
                    }));
    Optional<String> older =
        response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
            ? Optional.of(PageCursor.encode(response.lastEvaluatedKey().get(MessageItems.SK).s()))
            : Optional.empty();
    return new Page<>(response.items(), older);
  }

  /** Every item of an index whose hash key {@code attribute} equals {@code value}. */
  List<Map<String, AttributeValue>> indexItems(String index, String attribute, String value) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    forEachItem(
        q ->
            q.indexName(index)
                .keyConditionExpression("#h = :h")
                .expressionAttributeNames(Map.of("#h", attribute))
                .expressionAttributeValues(Map.of(":h", MessageItems.text(value))),
        items::add); // (always true: every item)
    return items;
  }

  /** The item at {@code key}, read consistently. */
  Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
    var response = call(() -> client.getItem(g -> g.tableName(name).key(key).consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(response.item())
        : Optional.empty();
  }

  /** A put that fails if an item already has this key; the failure carries the existing item. */
  TransactWriteItem putNew(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(
            p ->
                p.tableName(name)
                    .item(item)
                    .conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(
                        ReturnValuesOnConditionCheckFailure.ALL_OLD))
        .build();
  }

  /** A delete that fails unless the item exists and meets {@code condition}. */
  TransactWriteItem deleteIf(Map<String, AttributeValue> key, ItemCondition condition) {
    return TransactWriteItem.builder()
        .delete(
            d ->
                d.tableName(name)
                    .key(key)
                    .conditionExpression(condition.expression())
                    .expressionAttributeNames(condition.names())
                    .expressionAttributeValues(condition.values()))
        .build();
  }

  /**
   * One UpdateItem of an existing item, applied only if it meets {@code condition}; false when it
   * does not (or no longer exists).
   */
  boolean updateIf(
      Map<String, AttributeValue> key,
      String update,
      Map<String, AttributeValue> updateValues,
      ItemCondition condition) {
    Map<String, AttributeValue> values = new HashMap<>(condition.values());
    values.putAll(updateValues);
    try {
      call(
          () ->
              client.updateItem(
                  u ->
                      u.tableName(name)
                          .key(key)
                          .updateExpression(update)
                          .conditionExpression(
                              "attribute_exists(pk) AND (" + condition.expression() + ")")
                          .expressionAttributeNames(condition.names())
                          .expressionAttributeValues(values)));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  /**
   * The items of partition {@code pk} with sort keys from {@code fromSk} to {@code toSk}, both
   * included, in key order, only the attributes named, read consistently. Only that range is read
   * (and paid for), however many items the partition holds after it.
   */
  void forEachBetween(
      String pk,
      String fromSk,
      String toSk,
      String projection,
      Consumer<Map<String, AttributeValue>> each) {
    if (fromSk.compareTo(toSk) > 0) {
      return; // (DynamoDB refuses a BETWEEN whose bounds are the wrong way round)
    }
    forEachItem(
        q ->
            q.keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(
                    Map.of(
                        ":pk",
                        MessageItems.text(pk),
                        ":from",
                        MessageItems.text(fromSk),
                        ":to",
                        MessageItems.text(toSk)))
                .projectionExpression(projection)
                .consistentRead(true),
        item -> {
          each.accept(item);
          return true;
        });
  }

  /**
   * The items a Query of this table finds, page after page (fetched as they are reached: stopping
   * early reads no further page), until {@code keepGoing} returns false.
   */
  private void forEachItem(
      Consumer<QueryRequest.Builder> query, Predicate<Map<String, AttributeValue>> keepGoing) {
    call(
        () -> {
          for (Map<String, AttributeValue> item :
              client.queryPaginator(q -> query.accept(q.tableName(name))).items()) {
            if (!keepGoing.test(item)) {
              break;
            }
          }
          return null;
        });
  }

  /**
   * Runs one TransactWriteItems. Cancellations by failed conditions come back as the outcome;
   * conflicts with other transactions are retried a few times.
   *
   * @throws WriteContention if conflicts persist
   */
  TransactionOutcome write(List<TransactWriteItem> actions) {
    for (int attempt = 1; ; attempt++) {
      try {
        call(() -> client.transactWriteItems(t -> t.transactItems(actions)));
        return TransactionOutcome.COMMITTED;
      } catch (TransactionCanceledException e) {
        Set<String> codes = codes(e);
        if (codes.contains(CONFLICT) && attempt < CONFLICT_ATTEMPTS) {
          pause(attempt);
        } else if (codes.contains(CONFLICT)) {
          throw new WriteContention(
              "a transaction on " + name + " conflicted " + attempt + " times in a row");
        } else if (e.hasCancellationReasons()
            && Set.of(NONE, CONDITION_FAILED).containsAll(codes)) {
          return new TransactionOutcome(e.cancellationReasons());
        } else {
          throw e; // not a case the repositories handle (a validation error, throttling)
        }
      }
    }
  }

  private static Set<String> codes(TransactionCanceledException e) {
    Set<String> codes = new HashSet<>();
    for (CancellationReason reason : e.cancellationReasons()) {
      codes.add(reason.code() == null ? NONE : reason.code());
    }
    return codes;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5L << attempt, 10L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WriteContention("interrupted while retrying a conflicting transaction");
    }
  }

  private <T> T call(Supplier<T> request) {
    T response;
    try {
      response = request.get();
    } catch (ResourceNotFoundException e) {
      MessagesTableMissing missing = new MessagesTableMissing(name, e);
      status.ifPresent(s -> s.lost(missing));
      throw missing;
    }
    status.ifPresent(MessagesTableStatus::found);
    return response;
  }
}
