package dev.harden.lint;

/**
 * Where a rule reports what it found; the engine adds the rule, applies config and suppressions.
 */
@FunctionalInterface
public interface FindingSink {

  /** A finding at the rule's severity (or the one the user configured for the rule). */
  void report(Location location, String message);

  /**
   * A finding whose severity differs from the rule's default because of where it is (HD001 on a
   * build stage is only {@code info}). A severity the user configured for the rule still wins.
   */
  default void report(Location location, String message, Severity severity) {
    report(location, message);
  }
}
