package dev.harden.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.version.Containment;
import dev.harden.vulndb.SeverityLevel;
import dev.harden.vulndb.TestDb;
import dev.harden.vulndb.VulnStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matcher over the shared real OSV records, against the corpus's own worked-out answers. */
class AdvisoryMatcherTest {

  @TempDir static Path dir;
  static VulnStore store;
  static AdvisoryMatcher matcher;

  @BeforeAll
  static void importSharedRecords() throws Exception {
    store = VulnStore.open(TestDb.shared(dir));
    matcher = new AdvisoryMatcher(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Match> match(PackageQuery q) throws Exception {
    return matcher.match(q);
  }

  private static Set<String> affectedIds(List<Match> ms) {
    return ms.stream()
        .filter(m -> m.containment() == Containment.AFFECTED)
        .map(Match::advisoryId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** One package of RANGE-EVAL.txt with the advisories it is and is not affected by. */
  record Expected(Ecosystem ecosystem, String name, String version, Set<String> affected, Set<String> notAffected) {}

  /**
   * RANGE-EVAL.txt (beside INDEX.md) lists, per package@version of the INDEX table, every
   * advisory that affects it and the boundary negatives; the matcher must reproduce it exactly.
   */
  static List<Expected> rangeEval() throws Exception {
    Map<String, Expected> out = new LinkedHashMap<>();
    Expected current = null;
    for (String line : Files.readAllLines(TestDb.ADVISORIES.resolve("RANGE-EVAL.txt"))) {
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        String[] f = line.split(" ", 2);
        int at = f[1].lastIndexOf('@');
        current =
            new Expected(Ecosystem.fromOsv(f[0]).orElseThrow(), f[1].substring(0, at),
                f[1].substring(at + 1), new TreeSet<>(), new TreeSet<>());
        out.put(line, current);
      } else {
        String[] f = line.strip().split("\\s+");
        (f[0].equals("AFFECTED") ? current.affected() : current.notAffected()).add(f[1]);
      }
    }
    return new ArrayList<>(out.values());
  }

  @Test
  void reproducesTheIndexTableExactly() throws Exception {
    List<Expected> table = rangeEval();
    assertThat(table).hasSize(16);
    List<String> differences = new ArrayList<>();
    for (Expected e : table) {
      List<Match> ms = match(PackageQuery.of(e.ecosystem(), e.name(), e.version()));
      Set<String> got = affectedIds(ms);
      if (!got.equals(e.affected())) {
        differences.add(e.name() + "@" + e.version() + ": expected " + e.affected() + ", got " + got);
      }
      assertThat(ms).as("%s@%s", e.name(), e.version())
          .allMatch(m -> m.containment() == Containment.AFFECTED);
      for (String negative : e.notAffected()) {
        assertThat(got).as("boundary negative of %s@%s", e.name(), e.version()).doesNotContain(negative);
      }
    }
    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    // INDEX.md "fixed in": the fixed version closest above the installed one
    "NPM, express, 4.17.1, GHSA-rv95-896h-c2vc, 4.19.2, '[0,4.19.2)'",
    "NPM, express, 4.17.1, GHSA-qw6h-vgh9-j6wx, 4.20.0, '[0,4.20.0)'",
    "NPM, qs, 6.7.0, GHSA-hrpp-h998-j3pp, 6.7.3, '[6.7.0,6.7.3)'",
    "NPM, path-to-regexp, 0.1.7, GHSA-9wv6-86v2-598j, 0.1.10, '[0,0.1.10)'",
    "NPM, minimist, 1.2.0, GHSA-xvch-5gv4-984h, 1.2.6, '[1.0.0,1.2.6)'",
    "MAVEN, org.apache.logging.log4j:log4j-core, 2.14.1, GHSA-jfh8-c2jp-5v3q, 2.15.0, '[2.13.0,2.15.0)'",
    "MAVEN, com.fasterxml.jackson.core:jackson-databind, 2.9.10, GHSA-jjjh-jjxp-wpff, 2.12.7.1, '[2.4.0-rc1,2.12.7.1)'",
    "MAVEN, com.fasterxml.jackson.core:jackson-databind, 2.9.10.8, GHSA-57j2-w4cx-62h2, 2.12.6.1, '[0,2.12.6.1)'",
  })
  void namesTheClosestFixAndTheRangeHit(
      Ecosystem eco, String name, String version, String id, String fixed, String interval)
      throws Exception {
    Match m =
        match(PackageQuery.of(eco, name, version)).stream()
            .filter(x -> x.advisoryId().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(m.fixedVersion()).isEqualTo(fixed);
    assertThat(m.fixState()).isEqualTo(FixState.FIXED);
    assertThat(m.evidence().detail()).isEqualTo(interval);
    assertThat(m.evidence().scheme()).isEqualTo(eco.scheme().id());
  }

  @Test
  void carriesSeverityAndAliases() throws Exception {
    Match log4shell =
        match(PackageQuery.of(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.14.1"))
            .stream().filter(m -> m.advisoryId().equals("GHSA-jfh8-c2jp-5v3q")).findFirst().orElseThrow();
    assertThat(log4shell.aliases()).containsExactly("CVE-2021-44228");
    assertThat(log4shell.severity().level()).isEqualTo(SeverityLevel.CRITICAL);
    assertThat(log4shell.severity().score()).isEqualTo(10.0);
    assertThat(log4shell.severity().vector()).contains("S:C");
  }

  /** DEBIAN-DERIVED.md: binary packages of the fixture images, matched through their source. */
  @Test
  void matchesDebianBinariesThroughTheirSourcePackage() throws Exception {
    List<Match> perl =
        match(PackageQuery.os(Ecosystem.DEBIAN, "12", "perl-base", "5.36.0-7+deb12u3", "perl", null));
    assertThat(affectedIds(perl)).containsExactly(
        "DEBIAN-CVE-2025-15649", "DEBIAN-CVE-2026-12087", "DEBIAN-CVE-2026-13221",
        "DEBIAN-CVE-2026-19487", "DEBIAN-CVE-2026-42496", "DEBIAN-CVE-2026-42497",
        "DEBIAN-CVE-2026-48959", "DEBIAN-CVE-2026-48962", "DEBIAN-CVE-2026-57432",
        "DEBIAN-CVE-2026-57433", "DEBIAN-CVE-2026-7010", "DEBIAN-CVE-2026-7017",
        "DEBIAN-CVE-2026-8376");
    assertThat(perl).allSatisfy(m -> {
      assertThat(m.fixedVersion()).isEqualTo("5.36.0-7+deb12u4");
      assertThat(m.fixState()).isEqualTo(FixState.FIXED);
      assertThat(m.evidence().bySource()).isTrue();
      assertThat(m.evidence().packageName()).isEqualTo("perl");
    });
    Match critical = perl.stream().filter(m -> m.advisoryId().equals("DEBIAN-CVE-2026-13221")).findFirst().orElseThrow();
    assertThat(critical.severity().score()).isEqualTo(9.1);
    assertThat(critical.severity().level()).isEqualTo(SeverityLevel.CRITICAL);

    assertThat(affectedIds(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "apt", "2.6.1", null, null))))
        .containsExactly("DEBIAN-CVE-2026-109518");
    assertThat(affectedIds(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "libapt-pkg6.0", "2.6.1", "apt", null))))
        .containsExactly("DEBIAN-CVE-2026-109518");
    assertThat(affectedIds(match(PackageQuery.os(Ecosystem.DEBIAN, "12.5", "libpcre2-8-0", "10.42-1", "pcre2", null))))
        .containsExactly("DEBIAN-CVE-2026-103111");
    assertThat(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "liblzma5", "5.4.1-1+deb12u1", "xz-utils", null))).isEmpty();
    assertThat(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "tzdata", "2026b-0+deb12u1", null, null))).isEmpty();
    // the fixed version itself and the binary name alone find nothing
    assertThat(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "perl-base", "5.36.0-7+deb12u4", "perl", null))).isEmpty();
    assertThat(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "perl-base", "5.36.0-7+deb12u3", null, null))).isEmpty();
  }

  @Test
  void osAdvisoriesApplyOnlyToTheirRelease() throws Exception {
    // DSA-3029-1 is for Debian:7 nginx
    PackageQuery wheezy = PackageQuery.os(Ecosystem.DEBIAN, "7", "nginx", "1.2.1-2.2+wheezy2", null, null);
    assertThat(affectedIds(match(wheezy))).containsExactly("DSA-3029-1");
    assertThat(match(PackageQuery.os(Ecosystem.DEBIAN, "12", "nginx", "1.2.1-2.2+wheezy2", null, null))).isEmpty();
    // release unknown: every release's entries apply (over-report rather than miss)
    assertThat(affectedIds(match(PackageQuery.os(Ecosystem.DEBIAN, null, "nginx", "1.2.1-2.2+wheezy2", null, null))))
        .containsExactly("DSA-3029-1");
    // CVE-2022-27449: Alpine v3.12..v3.16 mariadb
    assertThat(match(PackageQuery.os(Ecosystem.ALPINE, "3.14.2", "mariadb", "10.5.15-r0", null, null)))
        .singleElement().satisfies(m -> assertThat(m.fixedVersion()).isEqualTo("10.5.16-r0"));
    assertThat(match(PackageQuery.os(Ecosystem.ALPINE, "3.19.1", "mariadb", "10.5.15-r0", null, null))).isEmpty();
    // UBUNTU-CVE-2025-38094 is for Ubuntu Pro 14.04 only, open-ended
    assertThat(match(PackageQuery.os(Ecosystem.UBUNTU, "14.04", "linux", "3.13.0-100.147", null, null))).isEmpty();
    assertThat(match(PackageQuery.os(Ecosystem.UBUNTU, "Pro:14.04:LTS", "linux", "3.13.0-100.147", null, null)))
        .singleElement().satisfies(m -> assertThat(m.fixState()).isEqualTo(FixState.NOT_FIXED));
  }

  @Test
  void withdrawnAdvisoriesNeverMatch() throws Exception {
    assertThat(match(PackageQuery.of(Ecosystem.PYPI, "cryptography", "3.2"))).isEmpty();
  }

  @Test
  void goModulesMatchSemverRangesWithOrWithoutTheVPrefix() throws Exception {
    assertThat(match(PackageQuery.of(Ecosystem.GO, "github.com/gogo/protobuf", "v1.3.1")))
        .singleElement().satisfies(m -> {
          assertThat(m.advisoryId()).isEqualTo("GO-2021-0053");
          assertThat(m.fixedVersion()).isEqualTo("1.3.2");
          assertThat(m.evidence().scheme()).isEqualTo("go");
        });
    assertThat(match(PackageQuery.of(Ecosystem.GO, "github.com/gogo/protobuf", "v1.3.2"))).isEmpty();
  }

  @Test
  void anUnparsableVersionIsIndeterminateNeverSilent() throws Exception {
    List<Match> ms = match(PackageQuery.of(Ecosystem.NPM, "lodash", "4.17.x-custom build"));
    assertThat(ms).extracting(Match::advisoryId)
        .containsExactly("GHSA-35jh-r3h4-6jhm", "GHSA-jf85-cpcp-j695", "GHSA-p6mc-m468-83gw");
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.containment()).isEqualTo(Containment.INDETERMINATE);
      assertThat(m.fixState()).isEqualTo(FixState.UNKNOWN);
      assertThat(m.fixedVersion()).isNull();
      assertThat(m.evidence().detail()).contains("not a npm version");
    });
  }

  @Test
  void namesAreNormalisedPerEcosystem() throws Exception {
    assertThat(affectedIds(match(PackageQuery.of(Ecosystem.MAVEN, "org.apache.logging.log4j/log4j-core", "2.14.1"))))
        .hasSize(3);
    assertThat(affectedIds(match(PackageQuery.of(Ecosystem.NPM, "Lodash", "4.17.15")))).hasSize(2);
  }
}
