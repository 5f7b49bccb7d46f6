package dev.harden.vulndb;

import dev.harden.io.InputException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Builds throwaway databases from record files for tests. */
public final class TestDb {

  /** The shared corpus of real advisories (see its INDEX.md). */
  public static final Path ADVISORIES = Path.of("../shared/advisories");

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  private TestDb() {}

  /** Imports {@code inputs} into a new database file at {@code db}. */
  public static RecordImporter.Result build(Path db, List<Path> inputs) throws InputException {
    try (DbWriter w = DbWriter.stage(db, CLOCK)) {
      RecordImporter.Result r = new RecordImporter(w, "import").importPaths(inputs);
      w.commit();
      return r;
    }
  }

  /** A database of the shared OSV records and CVE records. */
  public static Path shared(Path dir) throws InputException {
    Path db = dir.resolve("harden.db");
    build(db, List.of(ADVISORIES.resolve("osv"), ADVISORIES.resolve("cve")));
    return db;
  }
}
