package cruddur.cognito;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** The users of a Cognito user pool, every page of them. */
public final class PoolUsers {
  /** One pool user: the attributes Cruddur reads. */
  public record PoolUser(
      String username,
      Optional<String> preferredUsername,
      Optional<String> sub,
      Optional<String> email,
      String status) {}

  private final CognitoIdentityProviderClient cognito;
  private final String poolId;

  public PoolUsers(CognitoIdentityProviderClient cognito, String poolId) {
    this.cognito = cognito;
    this.poolId = poolId;
  }

  public List<PoolUser> all() {
    return cognito.listUsersPaginator(r -> r.userPoolId(poolId)).users().stream()
        .map(PoolUsers::user)
        .toList();
  }

  /** {@code preferred_username} → {@code sub}, for users that have both. */
  public Map<String, String> subsByPreferredUsername() {
    return all().stream()
        .filter(u -> u.preferredUsername().isPresent() && u.sub().isPresent())
        .collect(
            Collectors.toMap(
                u -> u.preferredUsername().get(), u -> u.sub().get(), (first, second) -> first));
  }

  private static PoolUser user(UserType user) {
    Map<String, String> attributes =
        user.attributes().stream()
            .collect(Collectors.toMap(AttributeType::name, AttributeType::value, (a, b) -> a));
    return new PoolUser(
        user.username(),
        Optional.ofNullable(attributes.get("preferred_username")),
        Optional.ofNullable(attributes.get("sub")),
        Optional.ofNullable(attributes.get("email")),
        user.userStatusAsString());
  }
}
