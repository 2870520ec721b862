package cruddur.messages;

/** The messages table does not exist on the configured endpoint: the schema was never loaded. */
public final class MessagesTableMissing extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String table;

  MessagesTableMissing(String table, Throwable cause) {
    super(
        "DynamoDB table \""
            + table
            + "\" does not exist: run ./cruddur ddb schema-load to create it",
        cause);
    this.table = table;
  }

  /** The name of the missing table. */
  public String table() {
    return table;
  }
}
