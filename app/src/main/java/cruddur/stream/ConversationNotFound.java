package cruddur.stream;

import java.util.UUID;

/** A message whose group has no conversation items: nothing to update, yet. */
public final class ConversationNotFound extends RuntimeException {
  public ConversationNotFound(UUID groupUuid) {
    super("no conversation items for group " + groupUuid + " (yet)");
  }
}
