package dev.harden.policy;

import java.util.List;
import java.util.Optional;

/**
 * The entries of an allowlist file, in file order, with what the loader had to say about them
 * (an entry without reason or expiry is accepted with a warning, so exceptions stay governed).
 *
 * @param file the file, or empty when no allowlist is in use
 */
public record Allowlist(Optional<String> file, List<AllowEntry> entries, List<String> warnings) {

  public static final Allowlist NONE = new Allowlist(Optional.empty(), List.of(), List.of());

  public Allowlist {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }
}
