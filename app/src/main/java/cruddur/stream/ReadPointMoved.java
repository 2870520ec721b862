package cruddur.stream;

import cruddur.messages.Participant;
import java.util.UUID;

/**
 * A participant's read point in a conversation moved: who read ({@code reader}), how far ({@code
 * readUpTo}, the sort-key time of the last message they were shown), and who else takes part
 * ({@code otherUuid}), to be told too.
 */
public record ReadPointMoved(UUID groupUuid, Participant reader, UUID otherUuid, String readUpTo) {}
