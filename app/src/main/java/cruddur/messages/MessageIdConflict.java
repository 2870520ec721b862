package cruddur.messages;

import java.util.UUID;

/**
 * A client-supplied message id is already taken by a different message (in another conversation, or
 * sent by someone else), so the request is not a retry of the one that used it.
 */
public final class MessageIdConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final UUID messageUuid;

  MessageIdConflict(UUID messageUuid) {
    super("message id " + messageUuid + " is already used by a different message");
    this.messageUuid = messageUuid;
  }

  /** The id that is taken. */
  public UUID messageUuid() {
    return messageUuid;
  }
}
