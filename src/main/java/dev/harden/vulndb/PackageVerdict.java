package dev.harden.vulndb;

import dev.harden.version.Containment;
import dev.harden.version.RangeHit;

/**
 * What one affected entry says about one installed version.
 *
 * @param affected the entry
 * @param containment affected, not affected or indeterminate
 * @param hit the range result that decided it, or {@code null} (version list, or no ranges)
 * @param evidence the interval hit, "listed in versions", or why it is indeterminate
 * @param scheme the id of the version scheme used
 */
public record PackageVerdict(
    AffectedPackage affected, Containment containment, RangeHit hit, String evidence, String scheme) {

  /** The stronger of two verdicts on the same entry: AFFECTED, then INDETERMINATE. */
  static PackageVerdict combine(PackageVerdict a, PackageVerdict b) {
    if (a.containment == Containment.AFFECTED) {
      return closerFix(a, b);
    }
    if (b.containment == Containment.AFFECTED) {
      return b;
    }
    return a.containment == Containment.INDETERMINATE ? a : b;
  }

  /** Of two affecting ranges, keep the first; a named fix beats none. */
  private static PackageVerdict closerFix(PackageVerdict a, PackageVerdict b) {
    if (b.containment == Containment.AFFECTED
        && (a.hit == null || a.hit.bound() != RangeHit.Bound.FIXED)
        && b.hit != null
        && b.hit.bound() == RangeHit.Bound.FIXED) {
      return b;
    }
    return a;
  }
}
