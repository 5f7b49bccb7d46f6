package dev.harden.version;

/**
 * The outcome of evaluating one range for one version: whether it is affected, the interval that
 * decided it (for evidence, e.g. {@code [2.13.0,2.15.0)}), and how that interval ends.
 *
 * @param containment affected, not affected, or indeterminate
 * @param interval the interval the version fell in, or a reason when indeterminate; empty when not
 *     affected
 * @param bound how the affecting interval ends
 * @param fixed the {@code fixed} version ending the affecting interval, or {@code null}
 */
public record RangeHit(Containment containment, String interval, Bound bound, String fixed) {

  /** How an affected interval ends. */
  public enum Bound {
    /** A {@code fixed} event: a fix is named. */
    FIXED,
    /** A {@code last_affected} or {@code limit} event: later versions are clean, no fix named. */
    LAST_AFFECTED,
    /** Nothing: every later version is affected too (no fix yet). */
    OPEN
  }

  static RangeHit notAffected() {
    return new RangeHit(Containment.NOT_AFFECTED, "", Bound.OPEN, null);
  }

  static RangeHit indeterminate(String why) {
    return new RangeHit(Containment.INDETERMINATE, why, Bound.OPEN, null);
  }
}
