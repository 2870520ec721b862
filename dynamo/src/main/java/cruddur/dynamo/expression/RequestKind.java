package cruddur.dynamo.expression;

/** Which request an expression set belongs to; decides which parameters are allowed. */
public enum RequestKind {
  GET_ITEM,
  PUT_ITEM,
  UPDATE_ITEM,
  DELETE_ITEM,
  QUERY,
  SCAN,
  BATCH_GET_KEYS,
  CONDITION_CHECK,
  TRANSACT_GET
}
