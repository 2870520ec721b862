package cruddur.messages;

import cruddur.users.User;
import java.util.Objects;
import java.util.UUID;

/** One side of a conversation: a user as messages and conversation items name them. */
public record Participant(UUID uuid, String displayName, String handle) {
  public Participant {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(handle, "handle");
  }

  /** How a user of PostgreSQL appears in conversations. */
  public static Participant of(User user) {
    return new Participant(user.uuid(), user.displayName(), user.handle());
  }
}
