package dev.harden.vulndb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.harden.io.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts OSV records and CVE records from files, directories and zips into a {@link DbWriter}.
 * A file that is not valid JSON or YAML, or an OSV record that breaks the schema, fails the whole
 * import (nothing is committed); JSON files that are neither OSV nor CVE records are counted and
 * skipped, as are advisories with no affected package of an ecosystem harden knows.
 */
public final class RecordImporter {

  /**
   * What an import did.
   *
   * @param advisories OSV records stored
   * @param cveRecords CVE severities stored
   * @param unsupported OSV records skipped: no affected package of an ecosystem harden knows
   * @param otherFiles files skipped: not .json/.yaml/.zip, or JSON that is neither OSV nor CVE
   */
  public record Result(int advisories, int cveRecords, int unsupported, int otherFiles) {}

  private final OsvParser parser = new OsvParser();
  private final DbWriter writer;
  private final String origin;
  private int advisories;
  private int cves;
  private int unsupported;
  private int other;

  /** Imports into {@code writer}, marking each advisory as coming from {@code origin}. */
  public RecordImporter(DbWriter writer, String origin) {
    this.writer = writer;
    this.origin = origin;
  }

  /** Imports every record under {@code paths}. */
  public Result importPaths(List<Path> paths) throws InputException {
    int skippedByName = RecordFiles.visit(paths, this::accept);
    other += skippedByName;
    return result();
  }

  /** Imports one zip archive (an osv.dev {@code all.zip}). */
  public Result importZip(Path zip) throws InputException {
    RecordFiles.visitZip(zip, this::accept);
    return result();
  }

  private Result result() {
    return new Result(advisories, cves, unsupported, other);
  }

  private void accept(String source, RecordFiles.Kind kind, byte[] bytes) throws InputException {
    JsonNode n =
        kind == RecordFiles.Kind.JSON ? parser.readJson(source, bytes) : parser.readYaml(source, bytes);
    if (OsvParser.isOsv(n)) {
      Advisory a = parser.parse(source, n);
      if (a.affected().isEmpty()) {
        unsupported++;
      } else {
        writer.putAdvisory(a, origin);
        advisories++;
      }
    } else if (CveRecords.isCveRecord(n)) {
      for (CveSeverity s : CveRecords.severities(n)) {
        writer.putCve(s);
        cves++;
      }
    } else {
      other++;
    }
  }
}
