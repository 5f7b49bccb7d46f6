package dev.harden.vulndb;

import java.util.List;
import java.util.Objects;

/**
 * One advisory as stored: an OSV record reduced to what matching and reporting need.
 *
 * @param id the OSV id (GHSA-..., DSA-..., CVE-...)
 * @param aliases other ids of the same vulnerability (CVE ids, GHSA ids)
 * @param summary the one-line summary ({@code ""} when the record has none)
 * @param published RFC 3339 time, or {@code null}
 * @param modified RFC 3339 time, or {@code null}
 * @param withdrawn RFC 3339 time of withdrawal, or {@code null}; withdrawn advisories never match
 * @param scores the record's {@code severity[]} entries
 * @param databaseSeverity {@code database_specific.severity} (e.g. GitHub's MODERATE), or {@code
 *     null}
 * @param affected the affected packages of ecosystems harden knows
 * @param severity the severity resolved by {@link SeverityResolver} (with CVE records when the
 *     store has them)
 */
public record Advisory(
    String id,
    List<String> aliases,
    String summary,
    String published,
    String modified,
    String withdrawn,
    List<ScoreEntry> scores,
    String databaseSeverity,
    List<AffectedPackage> affected,
    Severity severity) {

  /** One OSV {@code severity[]} entry: a type ({@code CVSS_V3}, {@code Ubuntu}, ...) and score. */
  public record ScoreEntry(String type, String score) {}

  public Advisory {
    Objects.requireNonNull(id, "id");
    aliases = List.copyOf(aliases);
    summary = summary == null ? "" : summary;
    scores = List.copyOf(scores);
    affected = List.copyOf(affected);
    severity = severity == null ? Severity.UNKNOWN : severity;
  }

  /** True when the advisory was withdrawn (kept for the record, never matched). */
  public boolean isWithdrawn() {
    return withdrawn != null;
  }

  /** A copy with another resolved severity. */
  public Advisory withSeverity(Severity resolved) {
    return new Advisory(
        id, aliases, summary, published, modified, withdrawn, scores, databaseSeverity, affected,
        resolved);
  }

  /** The CVE ids this advisory is about: its id when it is one, and its CVE aliases. */
  public List<String> cveIds() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(id), aliases.stream())
        .filter(s -> s.startsWith("CVE-"))
        .distinct()
        .toList();
  }
}
