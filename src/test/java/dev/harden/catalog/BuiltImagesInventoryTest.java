package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.FixtureImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture images too large to ship (debian-full, java-app, node-app-hardened), built on demand
 * once per machine by {@link FixtureImages#built}. Builds are not bit-reproducible, so each image
 * is compared with the {@code packages.tsv} written by the same build.
 */
class BuiltImagesInventoryTest {

  private static final Map<String, CatalogResult> RESULTS = new HashMap<>();

  static synchronized CatalogResult catalog(String image) throws Exception {
    CatalogResult r = RESULTS.get(image);
    if (r == null) {
      r = ImageCatalog.of(cache().resolve(image + ".docker.tar"));
      RESULTS.put(image, r);
    }
    return r;
  }

  private static Path cache() throws Exception {
    return FixtureImages.built("BuiltImagesInventoryTest");
  }

  @ParameterizedTest
  @ValueSource(strings = {"debian-full", "java-app", "node-app-hardened"})
  void dpkgInventoryEqualsTheListingOfTheSameBuild(String image) throws Exception {
    CatalogResult r = catalog(image);
    Set<String> truth = new TreeSet<>(Files.readAllLines(cache().resolve(image + ".packages.tsv")));
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
