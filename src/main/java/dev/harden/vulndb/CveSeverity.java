package dev.harden.vulndb;

/**
 * The severity a CVE record (CVE JSON 5 from cvelistV5, or NVD API 2.0) gives one CVE, used to
 * fill in advisories whose own record carries no CVSS.
 *
 * @param cveId the CVE id
 * @param vector the preferred CVSS vector, or {@code null}
 * @param score its base score, or {@code null}
 * @param level the level (from the score, or the record's own word when it has no vector)
 * @param origin which container said it: {@code cna}, {@code adp:CISA-ADP}, {@code nvd}
 */
public record CveSeverity(
    String cveId, String vector, Double score, SeverityLevel level, String origin) {}
