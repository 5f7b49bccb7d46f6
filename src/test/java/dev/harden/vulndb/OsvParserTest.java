package dev.harden.vulndb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.io.InputException;
import dev.harden.version.RangeEvent;
import dev.harden.version.RangeType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OsvParserTest {

  private final OsvParser parser = new OsvParser();

  private Advisory read(String relative) throws Exception {
    Path p = TestDb.ADVISORIES.resolve("osv").resolve(relative);
    byte[] bytes = Files.readAllBytes(p);
    return parser.parse(
        p.toString(),
        relative.endsWith(".yaml") ? parser.readYaml(p.toString(), bytes) : parser.readJson(p.toString(), bytes));
  }

  @Test
  void readsAGithubAdvisoryWithSeveralRangesPerPackage() throws Exception {
    Advisory a = read("npm/GHSA-hrpp-h998-j3pp.json");
    assertThat(a.id()).isEqualTo("GHSA-hrpp-h998-j3pp");
    assertThat(a.aliases()).containsExactly("CVE-2022-24999");
    assertThat(a.affected()).hasSize(9).allMatch(p -> p.ecosystem() == Ecosystem.NPM && p.name().equals("qs"));
    assertThat(a.databaseSeverity()).isEqualTo("HIGH");
    assertThat(a.severity().level()).isEqualTo(SeverityLevel.HIGH);
  }

  @Test
  void readsWithdrawnAndVersionLists() throws Exception {
    Advisory a = read("_osvdev-testdata/test_vuln_withdrawn.json");
    assertThat(a.isWithdrawn()).isTrue();
    assertThat(a.affected().get(0).ecosystem()).isEqualTo(Ecosystem.PYPI);
    assertThat(a.affected().get(0).versions()).contains("3.1", "3.3.1");
  }

  @Test
  void readsReleasesAndNonCvssSeverities() throws Exception {
    Advisory alpine = read("_osvdev-testdata/CVE-2022-27449.json");
    assertThat(alpine.affected()).extracting(AffectedPackage::releaseKey)
        .containsExactly("3.12", "3.13", "3.14", "3.15", "3.16");
    Advisory ubuntu = read("_osvdev-testdata/UBUNTU-CVE-2025-38094.json");
    assertThat(ubuntu.affected().get(0).releaseKey()).isEqualTo("pro:14.04");
    assertThat(ubuntu.affected().get(0).versions()).hasSize(180);
    assertThat(ubuntu.severity().level()).isEqualTo(SeverityLevel.MEDIUM);
    assertThat(ubuntu.severity().source()).isEqualTo("osv:Ubuntu");
    assertThat(ubuntu.severity().scored()).isFalse();
  }

  @Test
  void readsSemverRangesOfGo() throws Exception {
    Advisory go = read("Go/GO-2021-0053.json");
    AffectedPackage p = go.affected().get(0);
    assertThat(p.ecosystem()).isEqualTo(Ecosystem.GO);
    assertThat(p.ranges().get(0).type()).isEqualTo(RangeType.SEMVER);
    assertThat(go.aliases()).containsExactly("CVE-2021-3121", "GHSA-c3h9-896r-86jm");
  }

  @Test
  void yamlRecordOfAnUnknownEcosystemHasNoAffectedPackages() throws Exception {
    Advisory fuzz = read("OSS-Fuzz/OSV-2018-389.yaml");
    assertThat(fuzz.id()).isEqualTo("OSV-2018-389");
    assertThat(fuzz.affected()).isEmpty(); // OSS-Fuzz is no package ecosystem harden scans
    assertThat(fuzz.summary()).startsWith("UNKNOWN READ in boost");
    assertThat(fuzz.severity().level()).isEqualTo(SeverityLevel.MEDIUM); // ecosystem_specific
  }

  @Test
  void readsEveryRecordOfTheSharedCorpus() throws Exception {
    try (var files = Files.walk(TestDb.ADVISORIES.resolve("osv"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String rel = TestDb.ADVISORIES.resolve("osv").relativize(p).toString();
        Advisory a = read(rel);
        assertThat(a.id()).as(rel).isNotBlank();
        for (AffectedPackage ap : a.affected()) {
          for (var r : ap.ranges()) {
            assertThat(r.events()).as(rel).isNotEmpty();
            assertThat(r.events()).as(rel).anyMatch(e -> e instanceof RangeEvent.Introduced);
          }
        }
      }
    }
  }

  @Test
  void namesTheFileAndLineOfBadJson() {
    byte[] bad = "{\n  \"id\": \"X\",\n  \"affected\": [\n}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> parser.readJson("bad.json", bad))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).describe()).startsWith("bad.json:4: not valid JSON"));
  }

  @Test
  void rejectsSchemaBreaks() throws Exception {
    var tree = parser.readJson("x.json",
        "{\"id\":\"X-1\",\"modified\":\"2024-01-01T00:00:00Z\",\"affected\":[{\"package\":{\"ecosystem\":\"npm\",\"name\":\"a\"},\"ranges\":[{\"type\":\"ECOSYSTEM\",\"events\":[{\"introduced\":\"0\"},{\"broken\":\"1\"}]}]}]}"
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> parser.parse("x.json", tree))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown range event broken");
  }
}
