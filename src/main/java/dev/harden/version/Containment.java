package dev.harden.version;

/**
 * Whether a version lies in an affected range. INDETERMINATE means the answer could not be worked
 * out (a version or a range bound that does not parse): it is shown to the user, never read as
 * "not affected".
 */
public enum Containment {
  AFFECTED,
  NOT_AFFECTED,
  INDETERMINATE;

  /** The answer for several ranges or entries together: any AFFECTED wins, then INDETERMINATE. */
  public Containment or(Containment other) {
    if (this == AFFECTED || other == AFFECTED) {
      return AFFECTED;
    }
    if (this == INDETERMINATE || other == INDETERMINATE) {
      return INDETERMINATE;
    }
    return NOT_AFFECTED;
  }
}
