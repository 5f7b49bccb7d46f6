package dev.harden.vulndb;

import java.util.Optional;
import us.springett.cvss.Cvss;
import us.springett.cvss.CvssV2;
import us.springett.cvss.CvssV3;
import us.springett.cvss.CvssV3_1;
import us.springett.cvss.CvssV4;

/**
 * A scored CVSS vector (v2, v3.0, v3.1 or v4.0), scored by us.springett:cvss-calculator.
 *
 * @param version {@code 2.0}, {@code 3.0}, {@code 3.1} or {@code 4.0}
 * @param vector the vector as the source wrote it
 * @param score the base score
 */
public record CvssVector(String version, String vector, double score) {

  /** Scores a vector string; empty when it is not a CVSS vector the calculator understands. */
  public static Optional<CvssVector> score(String vector) {
    if (vector == null || vector.isBlank()) {
      return Optional.empty();
    }
    String v = vector.strip();
    Cvss cvss;
    try {
      cvss = Cvss.fromVector(v);
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
    if (cvss == null) {
      return Optional.empty();
    }
    String version;
    if (cvss instanceof CvssV4) {
      version = "4.0";
    } else if (cvss instanceof CvssV3_1) {
      version = "3.1";
    } else if (cvss instanceof CvssV3) {
      version = "3.0";
    } else if (cvss instanceof CvssV2) {
      version = "2.0";
    } else {
      return Optional.empty();
    }
    double base;
    try {
      base = cvss.calculateScore().getBaseScore();
    } catch (RuntimeException unscorable) {
      return Optional.empty();
    }
    return Optional.of(new CvssVector(version, v, base));
  }

  /**
   * Preference among vectors of one source: v3.1, then v3.0, then v4.0, then v2. CVSS 3.x is
   * what most records carry and what thresholds (e.g. "fail at 7.0") are written against; v4.0
   * scores run differently, so they are used only when no 3.x vector exists.
   */
  public int preference() {
    return switch (version) {
      case "3.1" -> 0;
      case "3.0" -> 1;
      case "4.0" -> 2;
      default -> 3;
    };
  }
}
