package cruddur.messages;

import cruddur.users.User;
import cruddur.users.UserRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a signed-in user can do with messages (SPEC §4), whatever carries the request: list their
 * conversations, read one they take part in (which marks it read), send into it, start one with
 * another user (found by a search), count their unread messages. Membership is checked on every
 * conversation access.
 */
public final class MessagingService {
  /** The longest message, in code points. */
  public static final int MAX_CHARS = 1024;

  /** The longest user search, in code points. */
  public static final int MAX_QUERY_CHARS = 64;

  /** The most users one search finds. */
  public static final int MAX_FOUND_USERS = 10;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  public static final int DEFAULT_PAGE = 20;
  public static final int MAX_PAGE = 50;

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final UnreadCounts unread;
  private final UserRepository users;
  private final Clock clock;

  public MessagingService(
      ConversationRepository conversations,
      MessageRepository messages,
      UserRepository users,
      Clock clock) {
    this.conversations = conversations;
    this.messages = messages;
    this.unread = new UnreadCounts(conversations, messages);
    this.users = users;
    this.clock = clock;
  }

  /** The user's conversations, most recent first, a page at a time. */
  public Page<Conversation> conversations(User me, Optional<String> cursor, int limit) {
    return conversations.list(me.uuid(), cursor, pageSize(limit));
  }

  /**
   * A conversation {@code me} takes part in, with both participants' read state.
   *
   * @throws NotFound if there is no such conversation or {@code me} takes no part in it
   */
  public ConversationDetail conversation(User me, UUID group) {
    List<Conversation> members = conversations.members(group);
    Conversation mine =
        members.stream()
            .filter(c -> c.ownerUuid().equals(me.uuid()))
            .findFirst()
            .orElseThrow(() -> new NotFound("conversation " + group));
    return new ConversationDetail(
        mine, members.stream().filter(c -> !c.ownerUuid().equals(me.uuid())).findFirst());
  }

  /**
   * A page of a conversation's messages, oldest first; the newest page also marks the conversation
   * read up to its last message.
   *
   * @throws NotFound if there is no such conversation or {@code me} takes no part in it
   */
  public Page<Message> messages(User me, UUID group, Optional<String> cursor, int limit) {
    Conversation mine = requireMember(me, group);
    Page<Message> page = messages.page(group, cursor, pageSize(limit));
    if (cursor.isEmpty() && !page.items().isEmpty()) {
      unread.markRead(Optional.of(mine), page.items().get(page.items().size() - 1).sk());
    }
    return page;
  }

  /**
   * Sends a message into a conversation {@code me} takes part in. Sending again with the same
   * {@code messageUuid} stores nothing new and returns the first.
   *
   * @throws InvalidRequest if the text is blank or too long
   * @throws NotFound if there is no such conversation or {@code me} takes no part in it
   * @throws MessageIdConflict if the id is another message's
   */
  public Message send(User me, UUID group, String text, Optional<UUID> messageUuid) {
    validate(text, List.of());
    requireMember(me, group);
    return messages.send(
        group, Participant.of(me), text, messageUuid.orElseGet(UUID::randomUUID), clock.instant());
  }

  /**
   * Starts a conversation with the user of {@code handle} with a first message, or, when the two
   * already talk, sends the message into their conversation.
   *
   * @return the conversation
   * @throws InvalidRequest if the text is blank or too long, or the handle is blank or {@code me}
   * @throws NotFound if no user has that handle
   */
  public UUID start(User me, String handle, String text, Optional<UUID> messageUuid) {
    validate(
        text,
        handle == null || handle.isBlank() ? List.of("user_reciever_handle_blank") : List.of());
    User other =
        users.findByHandle(handle.strip()).orElseThrow(() -> new NotFound("user " + handle));
    if (other.uuid().equals(me.uuid())) {
      throw new InvalidRequest(List.of("user_reciever_handle_self"));
    }
    UUID id = messageUuid.orElseGet(UUID::randomUUID);
    ConversationRepository.Started started =
        conversations.start(Participant.of(me), Participant.of(other), text, id, clock.instant());
    if (!started.created()) {
      messages.send(started.groupUuid(), Participant.of(me), text, id, clock.instant());
    }
    return started.groupUuid();
  }

  /** How many messages the user has not read, over all their conversations. */
  public long unreadCount(User me) {
    return unread.total(me.uuid());
  }

  /** A user by handle. */
  public Optional<User> user(String handle) {
    return users.findByHandle(handle);
  }

  /**
   * Others {@code me} could write to, found by what they typed: the query trimmed, a leading
   * {@code @} dropped, runs of whitespace as one space. Each user whose handle or any word of whose
   * display name starts with it, ignoring case; handle matches first; at most {@value
   * #MAX_FOUND_USERS}. Nobody for a blank query.
   *
   * @throws InvalidRequest if the query is longer than {@value #MAX_QUERY_CHARS} code points
   */
  public List<User> findUsers(User me, Optional<String> query) {
    String q = query.orElse("").strip();
    if (q.startsWith("@")) {
      q = q.substring(1).strip();
    }
    q = WHITESPACE.matcher(q).replaceAll(" ");
    if (q.codePointCount(0, q.length()) > MAX_QUERY_CHARS) {
      throw new InvalidRequest(List.of("query_too_long"));
    }
    return q.isEmpty() ? List.of() : users.search(q, me.uuid(), MAX_FOUND_USERS);
  }

  /**
   * The original's checks and codes for a message's text, plus {@code extra} codes found by the
   * caller.
   */
  static void validate(String text, List<String> extra) {
    List<String> codes = new ArrayList<>();
    if (text == null || text.isBlank()) {
      codes.add("message_blank");
    } else if (text.codePointCount(0, text.length()) > MAX_CHARS) {
      codes.add("message_exceed_max_chars_1024");
    }
    codes.addAll(extra);
    if (!codes.isEmpty()) {
      throw new InvalidRequest(codes);
    }
  }

  private Conversation requireMember(User me, UUID group) {
    return conversations
        .find(me.uuid(), group)
        .orElseThrow(() -> new NotFound("conversation " + group));
  }

  private static int pageSize(int limit) {
    return Math.max(1, Math.min(limit, MAX_PAGE));
  }
}
