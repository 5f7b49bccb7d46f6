package dev.harden.vulndb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityResolverTest {

  /** Base scores from the FIRST calculators' documented examples and the shared CVE records. */
  @ParameterizedTest
  @CsvSource({
    "AV:N/AC:L/Au:N/C:C/I:C/A:C, 2.0, 10.0",
    "AV:N/AC:M/Au:N/C:P/I:N/A:N, 2.0, 4.3",
    "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 3.0, 9.8",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 3.1, 10.0",
    "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L, 3.1, 5.0",
    "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:H/A:L, 3.1, 7.6",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 4.0, 9.3",
  })
  void scoresAllFourCvssVersions(String vector, String version, double score) {
    CvssVector v = CvssVector.score(vector).orElseThrow();
    assertThat(v.version()).isEqualTo(version);
    assertThat(v.score()).isEqualTo(score);
  }

  @Test
  void databaseSeverityWinsTheLevelCvssGivesTheScore() {
    Severity s =
        new SeverityResolver().resolve(
            List.of(
                new Advisory.ScoreEntry("CVSS_V4", "CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:P/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N"),
                new Advisory.ScoreEntry("CVSS_V3", "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:L")),
            "MODERATE",
            List.of());
    assertThat(s.level()).isEqualTo(SeverityLevel.MEDIUM);
    assertThat(s.score()).isEqualTo(5.0); // v3.1 preferred over v4.0
    assertThat(s.vector()).startsWith("CVSS:3.1/");
    assertThat(s.source()).isEqualTo("osv:database_specific");
  }

  @Test
  void withoutDatabaseSeverityTheCvssRatingDecides() {
    Severity s =
        new SeverityResolver().resolve(
            List.of(new Advisory.ScoreEntry("CVSS_V2", "AV:N/AC:L/Au:N/C:C/I:C/A:C")), null, List.of());
    assertThat(s.level()).isEqualTo(SeverityLevel.CRITICAL);
    assertThat(s.source()).isEqualTo("osv:CVSS_V2");
  }

  @Test
  void cveRecordsFillInWhatTheAdvisoryLacks() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<CveSeverity> perl =
        CveRecords.severities(
            json.readTree(Files.readAllBytes(TestDb.ADVISORIES.resolve("cve/cvelistV5-debian/CVE-2026-13221.json"))));
    assertThat(perl).singleElement().satisfies(c -> {
      assertThat(c.score()).isEqualTo(9.1);
      assertThat(c.origin()).isEqualTo("adp:CISA-ADP");
    });
    Severity s = new SeverityResolver().resolve(List.of(), null, perl);
    assertThat(s.level()).isEqualTo(SeverityLevel.CRITICAL);
    assertThat(s.source()).isEqualTo("cve:CVE-2026-13221/adp:CISA-ADP");

    List<CveSeverity> log4shell =
        CveRecords.severities(
            json.readTree(Files.readAllBytes(TestDb.ADVISORIES.resolve("cve/cvelistV5-via-osvdev/CVE-2021-44228.json"))));
    // the CNA says only "critical"; the CISA-ADP container carries the vector
    assertThat(log4shell).singleElement().satisfies(c -> assertThat(c.score()).isEqualTo(10.0));

    List<CveSeverity> nvd =
        CveRecords.severities(
            json.readTree(Files.readAllBytes(TestDb.ADVISORIES.resolve("cve/nvd-api-2.0-via-osvdev/CVE-2024-3094.json"))));
    assertThat(nvd).singleElement().satisfies(c -> {
      assertThat(c.cveId()).isEqualTo("CVE-2024-3094");
      assertThat(c.level()).isEqualTo(SeverityLevel.CRITICAL);
    });
  }

  @Test
  void nothingKnownIsUnknown() {
    assertThat(new SeverityResolver().resolve(List.of(), null, List.of())).isEqualTo(Severity.UNKNOWN);
    assertThat(SeverityLevel.ofText("MODERATE")).contains(SeverityLevel.MEDIUM);
    assertThat(SeverityLevel.ofScore(0.0)).isEqualTo(SeverityLevel.NONE);
  }
}
