package cruddur.messages;

import java.util.Optional;
import java.util.UUID;

/**
 * Unread messages (SPEC §4's counter): each participant's conversation item holds how many of the
 * other participant's messages after their read point; the stream processor keeps it as messages
 * arrive, in any order ({@code cruddur.stream.ConversationUpdater}), and reading a conversation
 * moves the read point.
 */
public final class UnreadCounts {
  static final int ATTEMPTS = 8;

  private final ConversationRepository conversations;
  private final MessageRepository messages;

  public UnreadCounts(ConversationRepository conversations, MessageRepository messages) {
    this.conversations = conversations;
    this.messages = messages;
  }

  /** How many unread messages the user has, over all their conversations. */
  public long total(UUID userUuid) {
    return conversations.unreadTotal(userUuid);
  }

  /**
   * Records that {@code readerUuid} has read the conversation up to the message at {@code upToSk}
   * (the newest one shown to them); messages after it stay unread. Never moves the read point back.
   *
   * @return false if the reader has no item in that conversation
   * @throws WriteContention if the item kept changing under concurrent writers
   */
  public boolean markRead(UUID readerUuid, UUID groupUuid, String upToSk) {
    return markRead(conversations.find(readerUuid, groupUuid), upToSk);
  }

  /**
   * As {@link #markRead(UUID, UUID, String)}, starting from the reader's item as just read (it is
   * read again only if it changed meanwhile).
   */
  public boolean markRead(Optional<Conversation> item, String upToSk) {
    Optional<Conversation> found = item;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (found.isEmpty()) {
        return false;
      }
      Conversation c = found.get();
      UUID readerUuid = c.ownerUuid();
      UUID groupUuid = c.groupUuid();
      String readUpTo =
          Times.parse(upToSk).isAfter(Times.parse(c.readUpTo())) ? upToSk : c.readUpTo();
      int unread =
          Times.parse(c.sk()).isAfter(Times.parse(readUpTo))
              ? messages.countUnread(groupUuid, readerUuid, readUpTo, c.sk())
              : 0;
      if ((readUpTo.equals(c.readUpTo()) && unread == c.unread())
          || conversations.updateReadState(c, unread, readUpTo)) {
        return true;
      }
      found = conversations.find(readerUuid, groupUuid);
    }
    throw new WriteContention("a conversation kept changing while marking it read");
  }
}
