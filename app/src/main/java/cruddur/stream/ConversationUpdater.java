package cruddur.stream;

import cruddur.messages.Conversation;
import cruddur.messages.ConversationRepository;
import cruddur.messages.Message;
import cruddur.messages.MessageRepository;
import cruddur.messages.Times;
import cruddur.messages.WriteContention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies new messages to their conversation (access pattern E): each participant's item moves to
 * the newest message's time with its text, and the unread counts follow. Idempotent and
 * order-tolerant: applying a message again, or an older one after a newer, never moves a
 * conversation back and never counts a message twice.
 *
 * <p>A participant's read point is the latest of their own messages and of what they were shown
 * ({@code UnreadCounts.markRead}); their unread count is the number of the other participant's
 * messages after it, up to their item's time. A message newer than the item adds one (from the
 * other participant) or moves the read point to itself and leaves none (from the owner): the count
 * from before stays right. A message the item's time has passed already (a replay, or a write that
 * committed after a newer one's) may not be in the count or, from the owner, moves the read point
 * past messages that were counted: unless it is at or before the read point, which it cannot
 * change, the count is worked out afresh from the messages between the read point and the item's
 * time. Each such message is recounted after its own write committed, so once every record is
 * applied the count is exact, whatever the order they came in and however often.
 *
 * <p>The cheap path: several messages of one conversation are applied at once (only the newest
 * moves the items), both participants' items move in one transaction, and the items are remembered
 * from the last update instead of read from the group index each time. Every write is conditioned
 * on the items being exactly as remembered, so a stale memory costs a failed write and a fresh
 * read, never a wrong update.
 */
public final class ConversationUpdater {
  // Each failed attempt means another writer changed the item between our read and our write.
  static final int ATTEMPTS = 8;
  private static final int REMEMBERED_GROUPS = 10_000;

  private final ConversationRepository conversations;
  private final MessageRepository messages;
  private final Map<UUID, List<Conversation>> remembered =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, List<Conversation>> eldest) {
          return size() > REMEMBERED_GROUPS;
        }
      };

  private final Consumer<Conversation> changed;

  public ConversationUpdater(ConversationRepository conversations, MessageRepository messages) {
    this(conversations, messages, c -> {});
  }

  /** One that also tells {@code changed} of each participant's item once a batch is applied. */
  public ConversationUpdater(
      ConversationRepository conversations,
      MessageRepository messages,
      Consumer<Conversation> changed) {
    this.conversations = conversations;
    this.messages = messages;
    this.changed = changed;
  }

  /**
   * Brings both participants' items up to {@code message}.
   *
   * @throws ConversationNotFound if the group has no conversation items (yet: the group index of
   *     DynamoDB is eventually consistent, so the caller retries later)
   * @throws WriteContention if other writers kept changing an item
   */
  public void apply(Message message) {
    apply(List.of(message));
  }

  /**
   * Brings both participants' items up to {@code batch}: messages of one group, in the order they
   * were written.
   *
   * @throws ConversationNotFound if the group has no conversation items (yet)
   * @throws WriteContention if other writers kept changing an item
   */
  public synchronized void apply(List<Message> batch) {
    UUID group = batch.get(0).groupUuid();
    if (batch.stream().anyMatch(m -> !m.groupUuid().equals(group))) {
      throw new IllegalArgumentException("messages of one group at a time");
    }
    Optional<List<Conversation>> known = Optional.ofNullable(remembered.get(group));
    List<Conversation> members = known.orElseGet(() -> conversations.members(group));
    if (members.isEmpty()) {
      throw new ConversationNotFound(group);
    }
    List<Step> steps = members.stream().map(c -> Step.of(c, batch)).toList();
    if (moveTogether(steps)) {
      List<Conversation> after = steps.stream().map(Step::next).toList();
      remembered.put(group, after);
      after.forEach(changed);
      return;
    }
    // Something changed under us (or never was as remembered): each item on its own, read afresh.
    remembered.remove(group);
    List<Conversation> after = new ArrayList<>();
    for (Conversation member : known.isPresent() ? conversations.members(group) : members) {
      applyTo(member, batch).ifPresent(after::add);
    }
    remembered.put(group, after);
    after.forEach(changed);
  }

  /** The moves of all members in one transaction, when there is nothing else to do. */
  private boolean moveTogether(List<Step> steps) {
    if (steps.stream().anyMatch(Step::recount)) {
      return false;
    }
    List<Conversation[]> moves = new ArrayList<>();
    for (Step step : steps) {
      if (step.moves()) {
        moves.add(new Conversation[] {step.current(), step.next()});
      }
    }
    return moves.isEmpty() || conversations.moveAll(moves);
  }

  /** One member's item brought up to the batch, retrying on conflicts; its state after. */
  private Optional<Conversation> applyTo(Conversation member, List<Message> batch) {
    Conversation current = member;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Step step = Step.of(current, batch);
      // The count is worked out before the write and written with it, conditioned on the item
      // as read: a write that loses leaves nothing half done (a moved item with a stale count).
      Conversation next = step.recount() ? recounted(step.next()) : step.next();
      if (write(current, next)) {
        return Optional.of(next);
      }
      Optional<Conversation> reread = conversations.find(member.ownerUuid(), member.groupUuid());
      if (reread.isEmpty()) {
        return Optional.empty(); // the participant's item is gone (deleted by an operator)
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
            + " attempts to apply "
            + batch.size()
            + " message(s)");
  }

  /** Writes {@code next} over {@code current}, if it is still as read; false if not. */
  private boolean write(Conversation current, Conversation next) {
    if (!next.sk().equals(current.sk())) {
      return conversations.moveTo(current, next);
    }
    return (next.unread() == current.unread() && next.readUpTo().equals(current.readUpTo()))
        || conversations.updateReadState(current, next.unread(), next.readUpTo());
  }

  /** The item with its unread count worked out from the messages themselves. */
  private Conversation recounted(Conversation c) {
    int unread =
        Times.parse(c.sk()).isAfter(Times.parse(c.readUpTo()))
            ? messages.countUnread(c.groupUuid(), c.ownerUuid(), c.readUpTo(), c.sk())
            : 0;
    return c.withReadState(unread, c.readUpTo());
  }

  /**
   * What a batch does to one member's item: where it ends ({@code next}), and whether its unread
   * count must be recounted from the messages because a message arrived that the item's time has
   * already passed (its write committed after a newer one's, or it is a replay) and that is after
   * the read point: one from the other participant may not have been counted yet, and one from the
   * owner moves the read point, reading whatever came before it.
   */
  private record Step(Conversation current, Conversation next, boolean recount) {
    static Step of(Conversation current, List<Message> batch) {
      Conversation c = current;
      boolean recount = false;
      for (Message m : batch) {
        boolean fromOwner = m.sender().uuid().equals(c.ownerUuid());
        Instant at = Times.parse(m.sk());
        boolean unseen = at.isAfter(Times.parse(c.readUpTo()));
        if (at.isAfter(Times.parse(c.sk()))) {
          c =
              fromOwner
                  ? c.movedTo(m.sk(), m.text(), 0, unseen ? m.sk() : c.readUpTo())
                  // (The reader may have seen the message already, before it got here.)
                  : c.movedTo(m.sk(), m.text(), c.unread() + (unseen ? 1 : 0), c.readUpTo());
        } else if (unseen) {
          recount = true;
          if (fromOwner) {
            c = c.withReadState(c.unread(), m.sk());
          }
        }
      }
      return new Step(current, c, recount);
    }

    boolean moves() {
      return !next.sk().equals(current.sk());
    }
  }
}
