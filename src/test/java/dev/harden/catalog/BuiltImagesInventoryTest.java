package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.builtin.BuiltinCatalogers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The fixture images too large to ship (debian-full, java-app, node-app-hardened) are built on
 * demand by ../shared/images/build-fixtures.sh (root, Debian's packages, npm and Maven Central;
 * about five minutes) once into a cache directory ({@code -Dharden.fixtures.cache}, default
 * {@code $TMPDIR/harden-fixture-images}) and reused. Builds are not bit-reproducible, so each image
 * is compared with the {@code packages.tsv} written by the same build.
 */
class BuiltImagesInventoryTest {

  static final List<String> IMAGES = List.of("debian-full", "java-app", "node-app-hardened");
  static Path cache;

  @BeforeAll
  static void buildOnce() throws Exception {
    cache = Path.of(System.getProperty("harden.fixtures.cache",
        Path.of(System.getProperty("java.io.tmpdir"), "harden-fixture-images").toString()));
    if (IMAGES.stream().allMatch(i -> Files.exists(cache.resolve(i + ".docker.tar")))) {
      return;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      System.err.println("SKIPPED: BuiltImagesInventoryTest: building the fixture images needs root");
      return;
    }
    Files.createDirectories(cache);
    Path log = cache.resolve("build.log");
    ProcessBuilder pb = new ProcessBuilder("bash",
        Path.of("../shared/images/build-fixtures.sh").toAbsolutePath().toString(), cache.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("ONLY", String.join(" ", IMAGES));
    Process p = pb.start();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      System.err.println("SKIPPED: BuiltImagesInventoryTest: build-fixtures.sh failed, see " + log);
    }
  }

  private static final java.util.Map<String, CatalogResult> RESULTS = new java.util.HashMap<>();

  static CatalogResult catalog(String image) throws IOException, InterruptedException {
    if (RESULTS.containsKey(image)) {
      return RESULTS.get(image);
    }
    CatalogResult r = catalogFresh(image);
    RESULTS.put(image, r);
    return r;
  }

  private static CatalogResult catalogFresh(String image) throws IOException, InterruptedException {
    Path archive = cache.resolve(image + ".docker.tar");
    if (!Files.exists(archive)) {
      System.err.println("SKIPPED: BuiltImagesInventoryTest: " + archive + " was not built");
    }
    Assumptions.assumeTrue(Files.exists(archive), "fixture image not built");
    CatalogRunner runner = BuiltinCatalogers.runner();
    MemoryFileResolver tree = DockerArchiveFixture.load(archive,
        BuiltinCatalogers.selector(runner.catalogers()));
    return runner.run(tree, CatalogContext.defaults());
  }

  @ParameterizedTest
  @ValueSource(strings = {"debian-full", "java-app", "node-app-hardened"})
  void dpkgInventoryEqualsTheListingOfTheSameBuild(String image) throws Exception {
    CatalogResult r = catalog(image);
    Set<String> truth = new TreeSet<>(Files.readAllLines(cache.resolve(image + ".packages.tsv")));
    truth.removeIf(String::isBlank);
    Set<String> found = r.packages().stream().filter(p -> p.type() == PkgType.DEB)
        .map(p -> p.name() + "\t" + p.version() + "\t" + ((DpkgEntry) p.metadata()).architecture())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).isEqualTo(truth);
  }

  @Test
  void javaAppHasLog4jOnItsLibPathAndCommonsCollectionsBesideIt() throws Exception {
    CatalogResult r = catalog("java-app");
    Set<String> jars = r.packages().stream().filter(p -> p.type() == PkgType.JAVA_ARCHIVE)
        .map(p -> p.purl().canonicalize() + " " + p.files())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(jars).anyMatch(s -> s.startsWith("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1 [/app/lib/"));
    assertThat(jars).anyMatch(s -> s.startsWith("pkg:maven/org.apache.logging.log4j/log4j-api@2.14.1 [/app/lib/"));
    assertThat(jars).anyMatch(s -> s.startsWith("pkg:maven/commons-collections/commons-collections@3.2.1 [/app/extra/"));
    Pkg log4j = r.packages().stream().filter(p -> p.name().equals("log4j-core")).findFirst()
        .orElseThrow();
    assertThat(((MavenArtifact) log4j.metadata()).sha1()).hasSize(40);
    assertThat(log4j.layer()).isEqualTo(2);
  }

  @Test
  void hardenedNodeAppHasNoDevDependencies() throws Exception {
    CatalogResult r = catalog("node-app-hardened");
    Set<String> npm = r.packages().stream().filter(p -> p.type() == PkgType.NPM)
        .map(p -> p.name() + "@" + p.version()).collect(Collectors.toSet());
    assertThat(npm).contains("express@4.17.1", "lodash@4.17.15", "minimist@1.2.0")
        .noneMatch(s -> s.startsWith("marked@"));
    assertThat(r.packages()).noneMatch(Pkg::dev);
  }
}
