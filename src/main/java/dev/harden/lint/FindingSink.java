package dev.harden.lint;

/** Where a rule reports what it found; the engine adds the rule, applies config and suppressions. */
@FunctionalInterface
public interface FindingSink {

  void report(Location location, String message);
}
