package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.catalog.apk.ApkCataloger;
import dev.harden.catalog.dpkg.DpkgCataloger;
import dev.harden.catalog.dpkg.DpkgCopyright;
import dev.harden.catalog.golang.GoBinaryCataloger;
import dev.harden.catalog.maven.MavenCataloger;
import dev.harden.catalog.npm.NpmCataloger;
import dev.harden.catalog.python.PythonCataloger;
import dev.harden.catalog.rpm.RpmCataloger;
import dev.harden.image.fs.DirectoryFileResolver;
import dev.harden.image.fs.FileResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record of ../shared/pkgdb/expected.json (what Trivy's, Syft's and go-rpmdb's own tests
 * assert about their fixtures) checked against our cataloguers. Records about things harden does
 * not catalogue (other lock formats, remote licence look-ups, OS detection, peer-internal glob
 * lists) are skipped loudly by {@link PeerRecords#outOfScope}; the few records the extraction got
 * wrong, and the few places harden decides differently on purpose, are corrected in
 * {@link PeerRecords} with the reason beside each.
 */
class PeerExpectationsTest {

  static final Path PKGDB = Path.of("../shared/pkgdb");

  static Stream<Arguments> records() throws Exception {
    JsonNode root = new ObjectMapper().readTree(PKGDB.resolve("expected.json").toFile());
    List<Arguments> out = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root.get("records")) {
      int index = i++;
      if (r.get("ecosystem").asText().equals("os")) {
        continue; // OS detection belongs to the image reader
      }
      out.add(Arguments.of(index + " " + r.get("peer").asText() + " " + r.get("test").asText(), r));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void agreesWithThePeersTest(String label, JsonNode record) throws Exception {
    Optional<String> skip = PeerRecords.outOfScope(record);
    if (skip.isPresent()) {
      System.err.println("SKIPPED: " + label + ": " + skip.get());
      Assumptions.abort(skip.get());
    }
    List<Path> fixtures = new ArrayList<>();
    List<FileResolver> built = new ArrayList<>();
    for (JsonNode f : record.get("fixtures")) {
      if (!f.path("present").asBoolean() && PeerRecords.insideAnotherFixture(record, f)) {
        continue; // an archive nested in another fixture archive: read from inside it
      }
      Optional<Path> source = PeerRecords.jarSourceDirectory(f);
      if (!f.path("present").asBoolean() && source.isPresent()) {
        // syft zips these jars from a directory at test time (its Makefile); so do we, in memory
        String name = Path.of(f.path("source_path").asText()).getFileName().toString();
        built.add(new MemoryFileResolver().file("/app/" + name,
            PeerRecords.zipDirectory(source.get()), 0644, 0));
        continue;
      }
      if (!f.path("present").asBoolean()) {
        String reason = "fixture not copied into ../shared/pkgdb: " + f.path("source_path").asText();
        System.err.println("SKIPPED: " + label + ": " + reason);
        Assumptions.abort(reason);
      }
      fixtures.add(PKGDB.resolve(f.get("local_path").asText()));
    }
    fixtures = PeerRecords.innermost(fixtures);
    String eco = record.get("ecosystem").asText();
    if (PeerRecords.isCopyrightRecord(record)) {
      checkCopyright(record, fixtures.get(0));
      return;
    }
    Cataloger cataloger = cataloger(eco);
    List<Pkg> found = new ArrayList<>();
    List<Unknown> unknowns = new ArrayList<>();
    Set<String> expected = PeerRecords.expectedKeys(record);
    List<FileResolver> trees = new ArrayList<>(built);
    for (Path fixture : fixtures) {
      trees.add(resolver(eco, fixture));
    }
    for (FileResolver tree : trees) {
      CatalogResult r = cataloger.catalog(tree, CatalogContext.defaults());
      for (Pkg p : r.packages()) {
        // syft's lock parser leaves devDependencies out by default; harden reports them, flagged
        if (!(p.dev() && PeerRecords.peerOmitsDev(record))) {
          found.add(p);
        }
      }
      unknowns.addAll(r.unknowns());
    }
    for (Path fixture : fixtures) {
      PeerRecords.lockRoot(eco, fixture).ifPresent(expected::remove);
    }
    Set<String> actual = found.stream().map(p -> PeerRecords.key(eco, p))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(actual).as("packages of %s (unknowns: %s)", label, unknowns).isEqualTo(expected);
    if (PeerRecords.expectsUnknown(record)) {
      assertThat(unknowns).as("a peer error must be an unknown here").isNotEmpty();
    }
    for (Map.Entry<String, String> e : PeerRecords.expectedDetails(record).entrySet()) {
      if (!expected.contains(e.getKey())) {
        continue; // corrected away above
      }
      Set<String> details = found.stream()
          .filter(p -> PeerRecords.key(eco, p).equals(e.getKey()))
          .map(p -> PeerRecords.details(eco, p)).collect(Collectors.toSet());
      assertThat(details).as("details of %s in %s", e.getKey(), label).contains(e.getValue());
    }
  }

  private static void checkCopyright(JsonNode record, Path fixture) throws Exception {
    List<String> want = PeerRecords.copyrightLicenses(record, fixture);
    assertThat(DpkgCopyright.licenses(Files.readString(fixture))).isEqualTo(want);
  }

  static Cataloger cataloger(String eco) {
    return switch (eco) {
      case "dpkg" -> new DpkgCataloger();
      case "apk" -> new ApkCataloger();
      case "rpm" -> new RpmCataloger();
      case "npm" -> new NpmCataloger();
      case "java" -> new MavenCataloger();
      case "python" -> new PythonCataloger();
      case "go" -> new GoBinaryCataloger();
      default -> throw new IllegalArgumentException(eco);
    };
  }

  /** A fixture directory as it is; a single file placed where the cataloguer looks for it. */
  static FileResolver resolver(String eco, Path fixture) throws Exception {
    String fileName = fixture.getFileName().toString();
    if (fileName.endsWith(".txtar")) {
      // trivy bundles a tree in one txtar file; ../shared/pkgdb has it extracted beside
      return DirectoryFileResolver.of(fixture.getParent().resolveSibling(
          "_txtar_extracted/" + fileName.substring(0, fileName.length() - 6)));
    }
    if (Files.isDirectory(fixture) && fileName.matches("(?i).*\\.(dist|egg)-info")) {
      // a metadata directory on its own: mount it in a site-packages directory
      MemoryFileResolver tree = new MemoryFileResolver();
      try (Stream<Path> walk = Files.walk(fixture)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          tree.file("/site-packages/" + fileName + "/" + fixture.relativize(p),
              Files.readAllBytes(p), 0644, 0);
        }
      }
      return tree;
    }
    if (Files.isDirectory(fixture)) {
      return DirectoryFileResolver.of(fixture);
    }
    byte[] bytes = Files.readAllBytes(fixture);
    String name = fixture.getFileName().toString();
    String path = PeerRecords.placement(eco, fixture.toString().replace('\\', '/'), name);
    int mode = eco.equals("go") ? 0755 : 0644;
    return new MemoryFileResolver().file(path, bytes, mode, 0);
  }
}
