package dev.harden.vulndb;

import java.util.Locale;
import java.util.Optional;

/** Qualitative severity, the CVSS v3/v4 rating scale; UNKNOWN when no source says. */
public enum SeverityLevel {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  NONE,
  UNKNOWN;

  /** The CVSS v3.x and v4.0 qualitative rating of a base score. */
  public static SeverityLevel ofScore(double score) {
    if (score >= 9.0) {
      return CRITICAL;
    }
    if (score >= 7.0) {
      return HIGH;
    }
    if (score >= 4.0) {
      return MEDIUM;
    }
    return score > 0.0 ? LOW : NONE;
  }

  /**
   * A level from a database's word for it: GitHub's MODERATE, Ubuntu's "negligible", Debian's
   * "unimportant", and the plain CVSS words. Empty for a word that names no level.
   */
  public static Optional<SeverityLevel> ofText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "CRITICAL" -> Optional.of(CRITICAL);
      case "HIGH", "IMPORTANT" -> Optional.of(HIGH);
      case "MEDIUM", "MODERATE" -> Optional.of(MEDIUM);
      case "LOW", "NEGLIGIBLE", "UNIMPORTANT" -> Optional.of(LOW);
      case "NONE" -> Optional.of(NONE);
      default -> Optional.empty();
    };
  }
}
