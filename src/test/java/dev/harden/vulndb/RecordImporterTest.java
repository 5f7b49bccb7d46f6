package dev.harden.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordImporterTest {

  @TempDir Path dir;

  @Test
  void importsAnOsvDevStyleArchive() throws Exception {
    Path zip = Zips.write(dir, "all.zip", Zips.allZip(TestDb.ADVISORIES.resolve("osv/Maven")));
    RecordImporter.Result r = TestDb.build(dir.resolve("harden.db"), List.of(zip));
    assertThat(r.advisories()).isEqualTo(8);
    try (VulnStore s = VulnStore.open(dir.resolve("harden.db"))) {
      assertThat(s.advisories(Ecosystem.MAVEN, "com.fasterxml.jackson.core:jackson-databind"))
          .hasSize(4);
    }
  }

  @Test
  void importsSingleJsonAndYamlFiles() throws Exception {
    RecordImporter.Result r =
        TestDb.build(
            dir.resolve("harden.db"),
            List.of(
                TestDb.ADVISORIES.resolve("osv/Go/GO-2021-0053.json"),
                TestDb.ADVISORIES.resolve("osv/OSS-Fuzz/OSV-2018-389.yaml")));
    assertThat(r.advisories()).isEqualTo(1);
    assertThat(r.unsupported()).isEqualTo(1);
  }

  @Test
  void refusesAnArchiveWithAPathTraversalEntryAndLeavesNoDatabase() throws Exception {
    Path zip =
        Zips.write(dir, "evil.zip",
            Zips.allZip(TestDb.ADVISORIES.resolve("osv/npm"), "../../etc/cron.d/x.json"));
    assertThatThrownBy(() -> TestDb.build(dir.resolve("harden.db"), List.of(zip)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("points outside the archive");
    assertThat(Zips.names(dir)).containsExactly("evil.zip");
  }

  @Test
  void refusesATruncatedArchive() throws Exception {
    byte[] whole = Zips.allZip(TestDb.ADVISORIES.resolve("osv/npm"));
    Path zip = Zips.write(dir, "cut.zip", Zips.truncated(whole, 0.7));
    assertThatThrownBy(() -> TestDb.build(dir.resolve("harden.db"), List.of(zip)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(zip + ": not a complete zip"));
  }

  @Test
  void aBadRecordFailsTheWholeImportWithItsPlace() throws Exception {
    Path records = Files.createDirectories(dir.resolve("records"));
    Files.copy(TestDb.ADVISORIES.resolve("osv/npm/GHSA-35jh-r3h4-6jhm.json"), records.resolve("a.json"));
    Files.writeString(records.resolve("b.json"), "{\n\"id\": \"GHSA-x\",\n\"affected\": [ 1, ]\n}");
    Path db = TestDb.shared(Files.createDirectories(dir.resolve("db")));
    long before = Files.size(db);
    assertThatThrownBy(() -> TestDb.build(db, List.of(records)))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe()).startsWith(records.resolve("b.json") + ":3:"));
    assertThat(Files.size(db)).isEqualTo(before);
    try (VulnStore s = VulnStore.open(db)) {
      assertThat(s.info().advisories()).isEqualTo(44);
    }
  }

  @Test
  void skipsFilesThatAreNotRecordsInsideDirectoriesButNotWhenNamed() throws Exception {
    Path records = Files.createDirectories(dir.resolve("records"));
    Files.copy(TestDb.ADVISORIES.resolve("osv/npm/GHSA-35jh-r3h4-6jhm.json"), records.resolve("a.json"));
    Files.writeString(records.resolve("README.md"), "# notes");
    Files.writeString(records.resolve("package.json"), "{\"name\":\"x\"}");
    RecordImporter.Result r = TestDb.build(dir.resolve("harden.db"), List.of(records));
    assertThat(r.advisories()).isEqualTo(1);
    assertThat(r.otherFiles()).isEqualTo(2);
    assertThatThrownBy(() -> TestDb.build(dir.resolve("harden.db"), List.of(records.resolve("README.md"))))
        .hasMessageContaining("not an OSV or CVE record file");
    assertThatThrownBy(() -> TestDb.build(dir.resolve("harden.db"), List.of(dir.resolve("missing"))))
        .hasMessageContaining("no such file or directory");
  }
}
