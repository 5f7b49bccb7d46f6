package dev.harden.dockerfile;

import java.util.Optional;
import java.util.Set;

/**
 * A word after variable substitution. Variables whose value is not known stay as written in {@code
 * value} and are listed in {@code unresolved}; {@code error} is set when BuildKit would reject the
 * word (a bad substitution, an unterminated quote), in which case {@code value} is the word as
 * written.
 */
public record Expansion(String value, Set<String> unresolved, Optional<String> error) {

  public Expansion {
    unresolved = Set.copyOf(unresolved);
  }

  /** True when every variable was known and the word is valid. */
  public boolean isComplete() {
    return unresolved.isEmpty() && error.isEmpty();
  }
}
