package cruddur.users;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code public.users}. */
public record User(
    UUID uuid,
    String displayName,
    String handle,
    String email,
    String cognitoUserId,
    Instant createdAt) {}
