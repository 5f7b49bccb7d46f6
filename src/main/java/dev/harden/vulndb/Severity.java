package dev.harden.vulndb;

/**
 * The severity shown for an advisory, resolved from its sources by the rule in docs/vulndb.md.
 *
 * @param level the qualitative level
 * @param score the CVSS base score, or {@code null} when no vector was scored
 * @param vector the CVSS vector the score came from, or {@code null}
 * @param source where the level came from, e.g. {@code osv:database_specific}, {@code
 *     osv:CVSS_V3}, {@code cve:CVE-2024-45590/cna}; {@code none} when nothing said
 */
public record Severity(SeverityLevel level, Double score, String vector, String source) {

  public static final Severity UNKNOWN = new Severity(SeverityLevel.UNKNOWN, null, null, "none");

  /** True when a CVSS score is present. */
  public boolean scored() {
    return score != null;
  }
}
