package cruddur.messages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a newest-first listing, and the opaque URL-safe cursor of the next older page when
 * there may be one.
 */
public record Page<T>(List<T> items, Optional<String> olderCursor) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(olderCursor, "olderCursor");
  }

  /** The same page with each item converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> convert) {
    return new Page<>(items.stream().<R>map(convert).toList(), olderCursor);
  }
}
