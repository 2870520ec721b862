package cruddur.stream;

import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageRepository;
import cruddur.messages.Times;
import cruddur.messages.WriteContention;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies one new message to its conversation (access pattern E): each participant's item moves to
 * the message's time with its text, and the unread counts follow. Idempotent and order-tolerant:
 * applying a message again, or an older one after a newer, never moves a conversation back and
 * never counts a message twice.
 *
 * <p>A participant's unread count is the number of the other participant's messages after the point
 * they have read up to and up to their item's time. Sending a message reads the conversation up to
 * it; a message from the other participant counts one more. A message that arrives late (an older
 * one, or a replay) recounts from the messages themselves instead of adding, so the count stays
 * exact whatever the order.
 */
public final class ConversationUpdater {
  // Each failed attempt means another writer changed the item between our read and our write.
  static final int ATTEMPTS = 8;

  private final ConversationRepository conversations;
  private final MessageRepository messages;

  public ConversationUpdater(ConversationRepository conversations, MessageRepository messages) {
    this.conversations = conversations;
    this.messages = messages;
  }

  /**
   * Brings both participants' items up to {@code message}.
   *
   * @throws ConversationNotFound if the group has no conversation items (yet: the group index of
   *     DynamoDB is eventually consistent, so the caller retries later)
   * @throws WriteContention if other writers kept changing an item
   */
  public void apply(Message message) {
    List<Conversation> members = conversations.members(message.groupUuid());
    if (members.isEmpty()) {
      throw new ConversationNotFound(message.groupUuid());
    }
    for (Conversation member : members) {
      applyTo(member, message);
    }
  }

  private void applyTo(Conversation member, Message message) {
    Conversation current = member;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (update(current, message)) {
        return;
      }
      Optional<Conversation> reread = conversations.find(member.ownerUuid(), member.groupUuid());
      if (reread.isEmpty()) {
        return; // the participant's item is gone (deleted by an operator): nothing to update
      }
      current = reread.get();
    }
    throw new WriteContention(
        "conversation "
            + member.groupUuid()
            + " of "
            + member.ownerUuid()
            + " kept changing during "
            + ATTEMPTS
            + " attempts to apply message "
            + message.messageUuid());
  }

  private static String later(String sk, Conversation current) {
    return Times.parse(current.readUpTo()).isAfter(Times.parse(sk)) ? current.readUpTo() : sk;
  }

  /** One attempt; false if the item changed since it was read. */
  private boolean update(Conversation current, Message message) {
    boolean fromOwner = message.sender().uuid().equals(current.ownerUuid());
    Instant at = Times.parse(message.sk());
    if (at.isAfter(Times.parse(current.sk()))) {
      // (The reader may have seen the message already, before it got here.)
      int unread = current.unread() + (at.isAfter(Times.parse(current.readUpTo())) ? 1 : 0);
      Conversation next =
          fromOwner
              ? current.movedTo(message.sk(), message.text(), 0, later(message.sk(), current))
              : current.movedTo(message.sk(), message.text(), unread, current.readUpTo());
      return conversations.moveTo(current, next);
    }
    if (fromOwner || !at.isAfter(Times.parse(current.readUpTo()))) {
      return true; // already reflected, or read already
    }
    // A late or repeated message from the other participant: count instead of adding.
    int unread =
        messages.countUnread(
            current.groupUuid(), current.ownerUuid(), current.readUpTo(), current.sk());
    return unread == current.unread()
        || conversations.updateReadState(current, unread, current.readUpTo());
  }
}
