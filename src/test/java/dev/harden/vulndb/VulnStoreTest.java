package dev.harden.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VulnStoreTest {

  @TempDir Path dir;

  @Test
  void importsTheSharedCorpusAndAnswersByPackage() throws Exception {
    RecordImporter.Result r =
        TestDb.build(dir.resolve("harden.db"), List.of(TestDb.ADVISORIES.resolve("osv"), TestDb.ADVISORIES.resolve("cve")));
    // 15 npm + 8 Maven + 16 Debian + 1 Go + 4 osv.dev test records; OSV-2018-389 is OSS-Fuzz only
    assertThat(r.advisories()).isEqualTo(44);
    assertThat(r.unsupported()).isEqualTo(1);
    // 20 CVE files; the 5 with neither a CVSS vector nor a rating word give nothing to store
    assertThat(r.cveRecords()).isEqualTo(15);
    try (VulnStore store = VulnStore.open(dir.resolve("harden.db"))) {
      List<Advisory> lodash = store.advisories(Ecosystem.NPM, "lodash");
      assertThat(lodash).extracting(Advisory::id)
          .containsExactly("GHSA-35jh-r3h4-6jhm", "GHSA-jf85-cpcp-j695", "GHSA-p6mc-m468-83gw");
      assertThat(store.advisories(Ecosystem.MAVEN, "org.apache.logging.log4j/log4j-core"))
          .hasSize(3);
      assertThat(store.advisories(Ecosystem.PYPI, "Cryptography")).singleElement()
          .satisfies(a -> assertThat(a.isWithdrawn()).isTrue());
      assertThat(store.advisories(Ecosystem.NPM, "no-such-package")).isEmpty();
      assertThat(store.ecosystems())
          .containsExactlyInAnyOrder(Ecosystem.NPM, Ecosystem.MAVEN, Ecosystem.DEBIAN, Ecosystem.GO,
              Ecosystem.PYPI, Ecosystem.ALPINE, Ecosystem.UBUNTU);

      Advisory perl = store.advisory("DEBIAN-CVE-2026-13221").orElseThrow();
      assertThat(perl.severity().score()).isEqualTo(9.1);
      // enriched from the CVE JSON 5 record: the OSV record of this advisory has no CVSS
      Advisory noCvss = store.advisory("DEBIAN-CVE-2026-48959").orElseThrow();
      assertThat(noCvss.severity().level()).isEqualTo(SeverityLevel.UNKNOWN);
      Advisory express = store.advisory("GHSA-qw6h-vgh9-j6wx").orElseThrow();
      assertThat(express.severity().level()).isEqualTo(SeverityLevel.MEDIUM);
      assertThat(express.severity().score()).isEqualTo(5.0);

      DbInfo info = store.info();
      assertThat(info.schemaVersion()).isEqualTo(DbSchema.VERSION);
      assertThat(info.advisories()).isEqualTo(44);
      assertThat(info.withdrawn()).isEqualTo(1);
      assertThat(info.perEcosystem()).containsEntry("npm", 15).containsEntry("Maven", 9)
          .containsEntry("Debian", 16);
      assertThat(info.lastUpdate()).isEqualTo("2026-11-26T12:00:00Z");
      assertThat(info.sizeBytes()).isPositive();
    }
  }

  @Test
  void anAdvisoryWithNoScoreAnywhereStaysUnknown() throws Exception {
    Path db = TestDb.shared(dir);
    try (VulnStore store = VulnStore.open(db)) {
      Advisory dsa = store.advisory("DSA-3029-1").orElseThrow();
      assertThat(dsa.cveIds()).containsExactly("CVE-2014-3616");
      assertThat(dsa.severity()).isEqualTo(Severity.UNKNOWN);
    }
  }

  @Test
  void aMissingDatabaseTellsHowToBuildIt() {
    assertThatThrownBy(() -> VulnStore.open(dir.resolve("nothing.db")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("harden db update")
        .hasMessageContaining("harden db import");
    assertThat(dir.resolve("nothing.db")).doesNotExist();
  }

  @Test
  void aCorruptFileIsRefused() throws Exception {
    Path db = dir.resolve("corrupt.db");
    Files.write(db, "this is not sqlite at all, just text that happens to be here".repeat(100).getBytes());
    assertThatThrownBy(() -> VulnStore.open(db))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("harden db update");
  }

  @Test
  void aTruncatedDatabaseIsRefused() throws Exception {
    Path good = TestDb.shared(dir);
    Path cut = dir.resolve("cut.db");
    byte[] all = Files.readAllBytes(good);
    Files.write(cut, java.util.Arrays.copyOf(all, 2048));
    assertThatThrownBy(() -> {
          try (VulnStore s = VulnStore.open(cut)) {
            s.advisories(Ecosystem.NPM, "lodash");
          }
        })
        .isInstanceOf(InputException.class)
        .hasMessageContaining("harden db update");
  }

  @Test
  void aForeignSqliteFileOrAnotherSchemaIsRefused() throws Exception {
    Path foreign = dir.resolve("foreign.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t(x)");
    }
    assertThatThrownBy(() -> VulnStore.open(foreign)).hasMessageContaining("harden db import");

    Path old = TestDb.shared(dir);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old);
        Statement s = c.createStatement()) {
      s.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'");
    }
    assertThatThrownBy(() -> VulnStore.open(old))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("schema 0, this harden needs " + DbSchema.VERSION);
  }

  @Test
  void anEmptyDatabaseIsNotAScanWithNothingFound() throws Exception {
    Path db = dir.resolve("empty.db");
    try (DbWriter w = DbWriter.stage(db, TestDb.CLOCK)) {
      w.commit();
    }
    assertThatThrownBy(() -> VulnStore.open(db)).hasMessageContaining("empty");
  }

  @Test
  void importRebuildsAnUnusableFileAndKeepsNoTempFiles() throws Exception {
    Path db = dir.resolve("harden.db");
    Files.writeString(db, "garbage");
    try (DbWriter w = DbWriter.stage(db, TestDb.CLOCK)) {
      assertThat(w.replacedUnusable()).isTrue();
      new RecordImporter(w, "import").importPaths(List.of(TestDb.ADVISORIES.resolve("osv/npm")));
      w.commit();
    }
    try (VulnStore store = VulnStore.open(db)) {
      assertThat(store.info().advisories()).isEqualTo(15);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("harden.db");
    }
  }

  @Test
  void reimportingReplacesRatherThanDuplicates() throws Exception {
    Path db = TestDb.shared(dir);
    TestDb.build(db, List.of(TestDb.ADVISORIES.resolve("osv/npm")));
    try (VulnStore store = VulnStore.open(db)) {
      assertThat(store.info().advisories()).isEqualTo(44);
      assertThat(store.advisories(Ecosystem.NPM, "qs")).hasSize(1);
    }
  }

  @Test
  void recordsEcosystemsSeenByScans() throws Exception {
    Path db = TestDb.shared(dir);
    VulnStore.recordSeenEcosystems(db, Set.of(Ecosystem.ALPINE, Ecosystem.NPM));
    try (DbWriter w = DbWriter.stage(db, TestDb.CLOCK)) {
      assertThat(w.knownEcosystems()).containsExactly(Ecosystem.ALPINE, Ecosystem.NPM);
    }
  }
}
