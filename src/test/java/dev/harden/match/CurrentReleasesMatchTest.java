package dev.harden.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.vulndb.TestDb;
import dev.harden.vulndb.VulnStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian 12 and Alpine 3.19 matching on OSV records written from the real Alpine secdb files and
 * Debian DSA entries in ../shared/advisories (secdb/, debian-tracker/).
 */
class CurrentReleasesMatchTest {

  @TempDir static Path dir;
  static VulnStore store;
  static AdvisoryMatcher matcher;

  @BeforeAll
  static void build() throws Exception {
    Path records = dir.resolve("records");
    try (Stream<Path> s = Files.list(TestDb.ADVISORIES.resolve("secdb/alpine/3.19/main"))) {
      for (Path p : s.toList()) {
        OsvForms.fromSecdb(p, records);
      }
    }
    try (Stream<Path> s = Files.list(TestDb.ADVISORIES.resolve("debian-tracker/DSA"))) {
      for (Path p : s.toList()) {
        OsvForms.fromDsa(p, records);
      }
    }
    Path db = dir.resolve("harden.db");
    TestDb.build(db, List.of(records));
    store = VulnStore.open(db);
    matcher = new AdvisoryMatcher(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** Advisory id -> fixed version of the AFFECTED matches. */
  private static Map<String, String> fixes(PackageQuery q) throws Exception {
    return matcher.match(q).stream()
        .collect(Collectors.toMap(Match::advisoryId, m -> m.fixedVersion() + "/" + m.fixState().id()));
  }

  @Test
  void alpineOpensslThroughItsBinaryPackages() throws Exception {
    // libssl3 at 3.1.4-r0: CVE-2023-5363 was fixed in exactly that version
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19.1", "libssl3", "3.1.4-r0", "openssl", null)))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "ALPINE-CVE-2023-5678", "3.1.4-r1/fixed",
            "ALPINE-CVE-2023-6129", "3.1.4-r3/fixed",
            "ALPINE-CVE-2023-6237", "3.1.4-r4/fixed"));
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19", "libcrypto3", "3.1.4-r3", "openssl", null)))
        .containsOnlyKeys("ALPINE-CVE-2023-6237");
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19", "libcrypto3", "3.1.4-r4", "openssl", null)))
        .isEmpty();
  }

  @Test
  void alpineRevisionsAndGitSuffixes() throws Exception {
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19.0", "busybox", "1.36.1-r15", null, null)))
        .containsOnlyKeys(
            "ALPINE-CVE-2023-42366", "ALPINE-CVE-2023-42363", "ALPINE-CVE-2023-42364",
            "ALPINE-CVE-2023-42365", "ALPINE-CVE-2024-58251", "ALPINE-CVE-2025-46394");
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19.0", "busybox-binsh", "1.36.1-r19", "busybox", null)))
        .containsOnlyKeys("ALPINE-CVE-2024-58251", "ALPINE-CVE-2025-46394");
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19.0", "musl", "1.2.4_git20230717-r4", null, null)))
        .containsExactlyInAnyOrderEntriesOf(Map.of(
            "ALPINE-CVE-2025-26519", "1.2.4_git20230717-r5/fixed",
            "ALPINE-CVE-2026-40200", "1.2.4_git20230717-r6/fixed",
            "ALPINE-CVE-2026-6042", "1.2.4_git20230717-r6/fixed"));
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19.0", "zlib", "1.3.1-r0", null, null))).isEmpty();
    // secdb's "0" entries (CVE-2023-45853, CVE-2023-6992) mean "never affected in Alpine":
    // even an old zlib gets only the two fixed ones
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.19.0", "zlib", "1.2.10-r0", null, null)))
        .containsOnlyKeys("ALPINE-CVE-2018-25032", "ALPINE-CVE-2022-37434");
    // another Alpine release has none of these records
    assertThat(fixes(PackageQuery.os(Ecosystem.ALPINE, "3.18.4", "musl", "1.2.4-r0", null, null))).isEmpty();
  }

  @Test
  void debianBookwormFromDsaEntries() throws Exception {
    assertThat(fixes(PackageQuery.os(Ecosystem.DEBIAN, "12", "libc6", "2.36-9+deb12u2", "glibc", null)))
        .containsExactlyEntriesOf(Map.of("DSA-5514-1", "2.36-9+deb12u3/fixed"));
    assertThat(fixes(PackageQuery.os(Ecosystem.DEBIAN, "12", "libc6", "2.36-9+deb12u3", "glibc", null))).isEmpty();
    // the bullseye entry of the same DSA applies to Debian 11 with its own fix
    assertThat(fixes(PackageQuery.os(Ecosystem.DEBIAN, "11", "libc6", "2.31-13+deb11u6", "glibc", null)))
        .containsExactlyEntriesOf(Map.of("DSA-5514-1", "2.31-13+deb11u7/fixed"));
    // "~" sorts before the end: 3.0.11-1~deb12u1 < 3.0.11-1~deb12u2 < 3.0.11-1
    assertThat(fixes(PackageQuery.os(Ecosystem.DEBIAN, "12", "libssl3", "3.0.11-1~deb12u1", "openssl", null)))
        .containsExactlyEntriesOf(Map.of("DSA-5532-1", "3.0.11-1~deb12u2/fixed"));
    assertThat(fixes(PackageQuery.os(Ecosystem.DEBIAN, "12", "libssl3", "3.0.11-1", "openssl", null))).isEmpty();
    assertThat(fixes(PackageQuery.os(Ecosystem.DEBIAN, "12", "libcurl4", "7.88.1-10+deb12u4", "curl", null)))
        .containsExactlyEntriesOf(Map.of("DSA-5587-1", "7.88.1-10+deb12u5/fixed"));
    assertThat(matcher.match(PackageQuery.os(Ecosystem.DEBIAN, "12", "libcurl4", "7.88.1-10+deb12u4", "curl", null)))
        .singleElement().satisfies(m -> assertThat(m.aliases()).containsExactly("CVE-2023-46218"));
  }

  @Test
  void lastAffectedAndLimitNameNoFix() throws Exception {
    Path records = dir.resolve("last-affected");
    var r = OsvForms.record("TEST-LAST-AFFECTED-1", "CVE-2026-0001");
    var a = OsvForms.addAffected(r, "Debian:12", "openssl", null);
    ((com.fasterxml.jackson.databind.node.ArrayNode) a.get("ranges").get(0).get("events"))
        .addObject().put("last_affected", "3.0.11-1~deb12u1");
    OsvForms.write(records, "TEST-LAST-AFFECTED-1", r);
    Path db = dir.resolve("last.db");
    TestDb.build(db, List.of(records));
    try (VulnStore s = VulnStore.open(db)) {
      AdvisoryMatcher m = new AdvisoryMatcher(s);
      assertThat(m.match(PackageQuery.os(Ecosystem.DEBIAN, "12", "libssl3", "3.0.11-1~deb12u1", "openssl", null)))
          .singleElement().satisfies(x -> {
            assertThat(x.fixState()).isEqualTo(FixState.UNKNOWN);
            assertThat(x.fixedVersion()).isNull();
            assertThat(x.evidence().detail()).isEqualTo("[0,3.0.11-1~deb12u1]");
          });
      assertThat(m.match(PackageQuery.os(Ecosystem.DEBIAN, "12", "libssl3", "3.0.11-1~deb12u2", "openssl", null)))
          .isEmpty();
    }
  }
}
