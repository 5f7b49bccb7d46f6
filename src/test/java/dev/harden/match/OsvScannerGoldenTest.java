package dev.harden.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.ecosystem.Ecosystem;
import dev.harden.version.Containment;
import dev.harden.vulndb.OsvParser;
import dev.harden.vulndb.TestDb;
import dev.harden.vulndb.VulnStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * osv-scanner's recorded answers (golden/osv-scanner/*.tsv: snapshot tables and querybatch
 * cassettes, from the live osv.dev DB): for every package of an ecosystem harden knows, the ids
 * we hold records for must be exactly the ones we report.
 */
class OsvScannerGoldenTest {

  /**
   * Where our stored copy of a record is older than the osv.dev data osv-scanner saw. INDEX.md
   * says the GitHub records here are older stored versions: GHSA-rgv9-q543-rqg4's copy has one
   * range [0,2.13.4), the live record (per osv-scanner's answer) also ends a 2.12.x range at
   * 2.12.7.1, so 2.12.7.1 is affected by our copy and not by theirs.
   */
  private static final Set<String> OLDER_COPY =
      Set.of("Maven com.fasterxml.jackson.core:jackson-databind@2.12.7.1 GHSA-rgv9-q543-rqg4");

  @TempDir static Path dir;
  static VulnStore store;
  static AdvisoryMatcher matcher;
  static Set<String> held;

  @BeforeAll
  static void build() throws Exception {
    store = VulnStore.open(TestDb.shared(dir));
    matcher = new AdvisoryMatcher(store);
    try (Stream<Path> s = Files.walk(TestDb.ADVISORIES.resolve("osv"))) {
      held = new TreeSet<>();
      OsvParser parser = new OsvParser();
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        var tree = p.toString().endsWith(".yaml")
            ? parser.readYaml(p.toString(), bytes)
            : parser.readJson(p.toString(), bytes);
        held.add(tree.path("id").asText());
      }
    }
    assertThat(held).contains("GHSA-jfh8-c2jp-5v3q", "PYSEC-2021-63", "OSV-2018-389", "GO-2021-0053");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** (ecosystem, package, version) -> ids osv-scanner reported. */
  static Map<String, Set<String>> recorded() throws Exception {
    Map<String, Set<String>> out = new TreeMap<>();
    Path dirOf = TestDb.ADVISORIES.resolve("golden/osv-scanner");
    for (String line : Files.readAllLines(dirOf.resolve("command_test.snap.extract.tsv"))) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 4 || f[0].isBlank() || f[0].equals("ecosystem")) {
        continue;
      }
      out.computeIfAbsent(f[0] + "\t" + f[1] + "\t" + f[2], k -> new TreeSet<>()).add(f[3]);
    }
    for (String line : Files.readAllLines(dirOf.resolve("querybatch-cassettes.extract.tsv"))) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || f.length < 5 || f[1].isBlank() || f[0].equals("cassette")) {
        continue;
      }
      Set<String> ids = out.computeIfAbsent(f[1] + "\t" + f[2] + "\t" + f[3], k -> new TreeSet<>());
      for (String id : f[4].split("[\\s,]+")) {
        if (!id.isBlank()) {
          ids.add(id);
        }
      }
    }
    return out;
  }

  @Test
  void heldIdsAreExactlyTheOnesReported() throws Exception {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    int withHeldIds = 0;
    for (Map.Entry<String, Set<String>> e : recorded().entrySet()) {
      String[] k = e.getKey().split("\t");
      Optional<Ecosystem> eco = Ecosystem.fromOsv(k[0]);
      if (eco.isEmpty()) {
        continue; // GIT, NuGet, RubyGems, ...: ecosystems harden does not scan
      }
      PackageQuery q =
          eco.get().isOperatingSystem()
              ? PackageQuery.os(eco.get(), Ecosystem.releaseOf(k[0]).orElse(null), k[1], k[2], null, null)
              : PackageQuery.of(eco.get(), k[1], k[2]);
      Set<String> expected = new TreeSet<>(e.getValue());
      expected.retainAll(held);
      Set<String> got =
          matcher.match(q).stream()
              .filter(m -> m.containment() == Containment.AFFECTED)
              .map(Match::advisoryId)
              .filter(id -> !OLDER_COPY.contains(k[0] + " " + k[1] + "@" + k[2] + " " + id))
              .collect(Collectors.toCollection(TreeSet::new));
      compared++;
      withHeldIds += expected.isEmpty() ? 0 : 1;
      if (!got.equals(expected)) {
        differences.add(e.getKey().replace('\t', ' ') + ": osv-scanner " + expected + ", harden " + got);
      }
    }
    assertThat(differences).isEmpty();
    assertThat(compared).isGreaterThan(500);
    assertThat(withHeldIds).isGreaterThanOrEqualTo(4);
  }
}
