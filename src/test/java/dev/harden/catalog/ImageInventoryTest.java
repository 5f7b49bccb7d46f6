package dev.harden.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harden.image.FixtureImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cataloguing the root filesystem of each prebuilt fixture image must give exactly the
 * {@code dpkg-query} listing taken inside the image when it was built ({@code NAME.packages.tsv}),
 * and node-app's npm packages must be its lock file's, dev flags included.
 */
class ImageInventoryTest {

  static final Path IMAGES = FixtureImages.SHARED;

  /** Each archive is streamed and catalogued once for all tests of this class. */
  private static final Map<String, CatalogResult> RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

  static CatalogResult catalog(String image) throws Exception {
    CatalogResult cached = RESULTS.get(image);
    if (cached != null) {
      return cached;
    }
    CatalogResult r = ImageCatalog.of(FixtureImages.shipped(image));
    RESULTS.put(image, r);
    return r;
  }

  @ParameterizedTest
  @ValueSource(strings = {"debian-slim", "node-app", "static-bin", "distroless-static"})
  void dpkgInventoryEqualsTheListingTakenInsideTheImage(String image) throws Exception {
    // static-bin has no dpkg database, so its build wrote no listing (SUMMARY.tsv: 0 packages)
    Path listing = IMAGES.resolve(image + ".packages.tsv");
    Set<String> truth = new TreeSet<>(Files.exists(listing) ? Files.readAllLines(listing) : java.util.List.of());
    truth.removeIf(String::isBlank);
    CatalogResult result = catalog(image);
    Set<String> found = result.packages().stream()
        .filter(p -> p.type() == PkgType.DEB)
        .map(p -> p.name() + "\t" + p.version() + "\t" + ((DpkgEntry) p.metadata()).architecture())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).isEqualTo(truth);
    assertThat(result.unknowns()).isEmpty();
    if (image.equals("static-bin")) {
      assertThat(result.packages()).isEmpty(); // one static C binary: nothing to inventory
    }
  }

  @Test
  void nodeAppHasItsLockedNpmPackagesWithDevFlagsInTheAppLayer() throws Exception {
    JsonNode lock = new ObjectMapper().readTree(
        IMAGES.resolve("src/node-app/package-lock.json").toFile());
    Set<String> truth = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> it = lock.get("packages").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().isEmpty()) {
        continue;
      }
      String name = e.getKey().substring(e.getKey().lastIndexOf("node_modules/") + 13);
      truth.add(name + "@" + e.getValue().get("version").asText()
          + (e.getValue().path("dev").asBoolean() ? " dev" : ""));
    }
    CatalogResult result = catalog("node-app");
    Set<String> found = result.packages().stream()
        .filter(p -> p.type() == PkgType.NPM)
        .map(p -> p.name() + "@" + p.version() + (p.dev() ? " dev" : ""))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).isEqualTo(truth);
    assertThat(found).contains("express@4.17.1", "lodash@4.17.15", "minimist@1.2.0",
        "body-parser@1.19.0", "qs@6.7.0", "path-to-regexp@0.1.7", "send@0.17.1",
        "serve-static@1.14.1", "cookie@0.4.0", "marked@0.3.6 dev");

    Pkg express = result.packages().stream()
        .filter(p -> p.name().equals("express")).findFirst().orElseThrow();
    assertThat(express.purl().canonicalize()).isEqualTo("pkg:npm/express@4.17.1");
    assertThat(express.locations()).containsExactly("/app/node_modules/express/package.json");
    assertThat(express.files()).contains("/app/node_modules/express/index.js")
        .noneMatch(f -> f.contains("/node_modules/express/node_modules/"));
  }

  @Test
  void nodeAppLayersAttributeBaseRuntimeAndApp() throws Exception {
    CatalogResult result = catalog("node-app");
    Map<String, Integer> layers = result.packages().stream()
        .filter(p -> Set.of("libc6", "nodejs", "express").contains(p.name()))
        .collect(Collectors.toMap(Pkg::name, Pkg::layer, (a, b) -> a));
    assertThat(layers).containsEntry("libc6", 0).containsEntry("nodejs", 1)
        .containsEntry("express", 2);
    Pkg perl = result.packages().stream().filter(p -> p.name().equals("perl-base"))
        .findFirst().orElseThrow();
    assertThat(perl.files()).contains("/usr/bin/perl");
    assertThat(perl.purl().canonicalize()).startsWith("pkg:deb/debian/perl-base@");
    assertThat(perl.purl().getQualifiers()).containsEntry("distro", "debian-12");
  }
}
