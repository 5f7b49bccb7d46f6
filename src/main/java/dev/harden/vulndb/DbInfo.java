package dev.harden.vulndb;

import java.util.List;
import java.util.SortedMap;

/**
 * What {@code harden db info} shows.
 *
 * @param path the database file
 * @param sizeBytes its size
 * @param schemaVersion the schema version
 * @param lastUpdate when the last import or update was committed (RFC 3339), or {@code null}
 * @param advisories all advisories stored, withdrawn ones included
 * @param withdrawn withdrawn advisories (kept, never matched)
 * @param perEcosystem advisories per OSV ecosystem name (an advisory counts once per ecosystem)
 * @param cveRecords CVE severities stored for enrichment
 * @param sources the downloaded archives and their conditional-request state
 */
public record DbInfo(
    String path,
    long sizeBytes,
    int schemaVersion,
    String lastUpdate,
    int advisories,
    int withdrawn,
    SortedMap<String, Integer> perEcosystem,
    int cveRecords,
    List<Source> sources) {

  /**
   * One downloaded archive.
   *
   * @param ecosystem the OSV ecosystem name
   * @param url where it came from
   * @param etag the ETag the server sent, or {@code null}
   * @param lastModified the Last-Modified the server sent, or {@code null}
   * @param fetchedAt when it was last checked (RFC 3339)
   * @param records the records the archive held
   */
  public record Source(
      String ecosystem,
      String url,
      String etag,
      String lastModified,
      String fetchedAt,
      int records) {}
}
