package dev.harden.lint;

/**
 * Inline suppressions of one input (for Dockerfiles: {@code # harden ignore=...} comments). The
 * engine consults them; rules never see them.
 */
@FunctionalInterface
public interface Suppressions {

  Suppressions NONE = (rule, location) -> false;

  boolean suppresses(RuleMeta rule, Location location);
}
