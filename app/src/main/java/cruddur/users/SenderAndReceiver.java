package cruddur.users;

import java.util.Optional;

/** The two ends of a new message, as found by {@link UserRepository#findSenderAndReceiver}. */
public record SenderAndReceiver(Optional<User> sender, Optional<User> receiver) {}
