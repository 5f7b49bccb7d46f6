package dev.harden.vulndb;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the one severity shown for an advisory. The rule (docs/vulndb.md, "Severity"):
 *
 * <ol>
 *   <li>level: the record's {@code database_specific.severity} (the curating database's own
 *       judgement, e.g. GitHub's), else the rating of the record's preferred CVSS vector, else a
 *       non-CVSS severity in the record (Ubuntu's priority, OSS-Fuzz's {@code ecosystem_specific}),
 *       else the CVE record of the advisory or one of its CVE aliases, else UNKNOWN;
 *   <li>score and vector: the record's preferred CVSS vector (v3.1, v3.0, v4.0, v2 in that
 *       order), else the CVE record's.
 * </ol>
 */
public final class SeverityResolver {

  /** Scores by vector: real data repeats a few thousand vectors across many records. */
  private final Map<String, Optional<CvssVector>> scored = new HashMap<>();

  /** The severity from the record's own entries and the CVE records of its CVE ids. */
  public Severity resolve(
      List<Advisory.ScoreEntry> scores, String databaseSeverity, List<CveSeverity> cves) {
    Optional<CvssVector> best =
        scores.stream()
            .filter(s -> s.type() != null && s.type().startsWith("CVSS_") && s.score() != null)
            .map(s -> scored.computeIfAbsent(s.score(), CvssVector::score))
            .flatMap(Optional::stream)
            .min(Comparator.comparingInt(CvssVector::preference));
    Optional<CveSeverity> cve =
        cves.stream()
            .filter(c -> c.level() != SeverityLevel.UNKNOWN)
            .min(Comparator.comparing(c -> c.score() == null));
    Double score = best.map(CvssVector::score).orElse(cve.map(CveSeverity::score).orElse(null));
    String vector = best.map(CvssVector::vector).orElse(cve.map(CveSeverity::vector).orElse(null));

    Optional<SeverityLevel> db = SeverityLevel.ofText(databaseSeverity);
    if (db.isPresent()) {
      return new Severity(db.get(), score, vector, "osv:database_specific");
    }
    if (best.isPresent()) {
      return new Severity(
          SeverityLevel.ofScore(best.get().score()), score, vector, "osv:CVSS_V" + major(best.get()));
    }
    for (Advisory.ScoreEntry s : scores) {
      Optional<SeverityLevel> text = SeverityLevel.ofText(s.score());
      if (text.isPresent()) {
        return new Severity(text.get(), score, vector, "osv:" + s.type());
      }
    }
    if (cve.isPresent()) {
      CveSeverity c = cve.get();
      return new Severity(c.level(), score, vector, "cve:" + c.cveId() + "/" + c.origin());
    }
    return Severity.UNKNOWN;
  }

  private static String major(CvssVector v) {
    return v.version().substring(0, 1);
  }
}
