package cruddur.dynamo.table;

/**
 * A table's stream: whether enabled, its view type and its label (the label is the creation time,
 * part of the stream ARN). A disabled stream keeps its last label so old ARNs stay readable.
 */
public record StreamSettings(boolean enabled, String viewType, String label) {
  public static final StreamSettings DISABLED = new StreamSettings(false, null, null);
}
