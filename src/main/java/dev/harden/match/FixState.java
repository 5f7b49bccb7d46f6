package dev.harden.match;

/**
 * Whether a fix exists for an affected package, kept three-way so that "no fix known" is never
 * confused with "no fix needed" (Grype's --only-fixed hid unknowns, anchore/grype#1431).
 */
public enum FixState {
  /** A fixed version is named above the installed one. */
  FIXED("fixed"),
  /** The affected range is open-ended: no release fixes it yet. */
  NOT_FIXED("not-fixed"),
  /** The advisory does not say (last_affected, an explicit version list, indeterminate). */
  UNKNOWN("unknown");

  private final String id;

  FixState(String id) {
    this.id = id;
  }

  /** The spelling used in JSON and text output. */
  public String id() {
    return id;
  }
}
