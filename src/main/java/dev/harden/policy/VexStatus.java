package dev.harden.policy;

import java.util.Locale;

/**
 * The status of a VEX statement, in OpenVEX's words. CycloneDX analysis states map onto them:
 * {@code not_affected} and {@code false_positive} → not affected, {@code exploitable} → affected,
 * {@code in_triage} → under investigation, {@code resolved} and {@code resolved_with_pedigree} →
 * fixed. Only {@link #NOT_AFFECTED} suppresses: a {@code fixed} claim about a package whose
 * installed version the advisory still covers contradicts what is installed, so it is shown.
 */
public enum VexStatus {
  NOT_AFFECTED,
  AFFECTED,
  FIXED,
  UNDER_INVESTIGATION;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static VexStatus parseOpenVex(String text) {
    for (VexStatus s : values()) {
      if (s.id().equals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status '" + text
        + "' (expected not_affected, affected, fixed or under_investigation)");
  }

  static VexStatus parseCycloneDx(String state) {
    return switch (state) {
      case "not_affected", "false_positive" -> NOT_AFFECTED;
      case "exploitable" -> AFFECTED;
      case "in_triage" -> UNDER_INVESTIGATION;
      case "resolved", "resolved_with_pedigree" -> FIXED;
      default -> throw new IllegalArgumentException("unknown analysis state '" + state
          + "' (expected resolved, resolved_with_pedigree, exploitable, in_triage,"
          + " false_positive or not_affected)");
    };
  }
}
