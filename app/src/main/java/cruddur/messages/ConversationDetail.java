package cruddur.messages;

import java.util.Optional;

/**
 * One conversation as a member sees it: their own item, and the other participant's, so that each
 * can tell how far the other has read. {@code theirs} is empty only if that item is missing (say,
 * deleted by an operator): the other then reads as never having read it.
 */
public record ConversationDetail(Conversation mine, Optional<Conversation> theirs) {
  /** How far the other participant has read; empty if they never have. */
  public Optional<String> otherReadPoint() {
    return theirs.flatMap(Conversation::readPoint);
  }
}
