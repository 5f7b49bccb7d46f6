package dev.harden.policy;

import java.util.List;
import java.util.Optional;

/**
 * What became of the allowlist in one run, so exceptions stay governed.
 *
 * @param file the allowlist, when one was used
 * @param expired entries past their expiry (they suppressed nothing), each with how many findings
 *     it would have covered
 * @param stale entries in force that covered nothing in this run (fixed, or never matching)
 * @param warnings entries without a reason or an expiry
 */
public record AllowlistOutcome(
    Optional<String> file, List<Use> expired, List<AllowEntry> stale, List<String> warnings) {

  public AllowlistOutcome {
    expired = List.copyOf(expired);
    stale = List.copyOf(stale);
    warnings = List.copyOf(warnings);
  }

  /** An entry and how many findings it covered (or would have). */
  public record Use(AllowEntry entry, int matched) {}
}
