package dev.harden.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.harden.catalog.builtin.BuiltinCatalogers;
import dev.harden.ecosystem.SpdxLicenseIds;
import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.CatalogRunner;
import dev.harden.catalog.ImageCatalog;
import dev.harden.catalog.Unknown;
import dev.harden.image.FixtureImages;
import dev.harden.image.fs.DirectoryFileResolver;
import dev.harden.report.cyclonedx.CycloneDxSbomReporter;
import dev.harden.report.json.JsonPackagesReporter;
import dev.harden.report.spdx.SpdxSbomReporter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each SBOM format validated against its published schema, on a real inventory that spans every
 * ecosystem: the peers' fixture trees under ../shared/pkgdb catalogued as one.
 */
class SbomFormatsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final RenderOptions OPTIONS = RenderOptions.plain("0.1.0");
  static SbomDocument doc;

  @BeforeAll
  static void catalogFixtures() throws Exception {
    String[] roots = {
      "syft/dpkg/syft/pkg/cataloger/debian/testdata/image-dpkg",
      "syft/apk/syft/pkg/cataloger/alpine/testdata/multiple-1",
      "trivy/npm/pkg/fanal/analyzer/language/nodejs/npm/testdata/happy",
      "trivy/java/pkg/dependency/parser/java/jar/testdata",
      "syft/python/syft/pkg/cataloger/python/testdata/site-packages/nested",
      "syft/apk/syft/pkg/cataloger/alpine/testdata/corrupt",
    };
    CatalogResult all = CatalogResult.EMPTY;
    CatalogRunner runner = BuiltinCatalogers.runner();
    for (String r : roots) {
      all = all.plus(runner.run(DirectoryFileResolver.of(Path.of("../shared/pkgdb", r)),
          CatalogContext.defaults()));
    }
    all = all.plus(new CatalogResult(List.of(), List.of(),
        List.of(new Unknown("/var/lib/rpm/Packages", "truncated Berkeley DB"))));
    doc = new SbomDocument("fixtures:latest", all, Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(doc.catalog().packages()).hasSizeGreaterThan(20);
  }

  @Test
  void cycloneDxValidatesAgainstTheCycloneDx16Schema() throws Exception {
    String bom = new CycloneDxSbomReporter(SpdxLicenseIds.load()).render(doc, OPTIONS);
    assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    JsonNode tree = JSON.readTree(bom);
    assertThat(tree.get("specVersion").asText()).isEqualTo("1.6");
    Set<String> purls = new TreeSet<>();
    tree.get("components").forEach(c -> purls.add(c.get("purl").asText()));
    assertThat(purls).contains("pkg:deb/debian/libpam-runtime@1.1.8-3.6?arch=all&distro=debian-12&upstream=pam",
        "pkg:npm/express@4.16.4", "pkg:maven/log4j/log4j@1.2.17");
    JsonNode log4j = find(tree.get("components"), "purl", "pkg:maven/log4j/log4j@1.2.17");
    assertThat(log4j.toString()).contains("harden:layer");
    JsonNode bash = find(tree.get("components"), "name", "bash");
    assertThat(bash.get("licenses").get(0).get("license").get("id").asText())
        .isEqualTo("GPL-3.0-or-later");
    assertThat(tree.get("metadata").get("properties").toString()).contains("truncated Berkeley DB");
    // same inventory, same bytes
    assertThat(new CycloneDxSbomReporter(SpdxLicenseIds.load()).render(doc, OPTIONS)).isEqualTo(bom);
  }

  @Test
  void spdxValidatesAgainstTheSpdx23Schema() throws Exception {
    String spdx = new SpdxSbomReporter(SpdxLicenseIds.load()).render(doc, OPTIONS);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/spdx-schema-v2.3.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    }
    JsonNode tree = JSON.readTree(spdx);
    Set<ValidationMessage> errors = schema.validate(tree);
    assertThat(errors).isEmpty();
    assertThat(tree.get("spdxVersion").asText()).isEqualTo("SPDX-2.3");
    List<String> locators = new ArrayList<>();
    tree.get("packages").forEach(p -> locators.add(
        p.get("externalRefs").get(0).get("referenceLocator").asText()));
    assertThat(locators).hasSize(doc.catalog().packages().size())
        .contains("pkg:npm/express@4.16.4");
    assertThat(tree.get("relationships").get(0).get("relationshipType").asText())
        .isEqualTo("DESCRIBES");
    assertThat(tree.get("creationInfo").get("creators").get(0).asText()).isEqualTo("Tool: harden-0.1.0");
  }

  @Test
  void nodeAppCycloneDxHasEveryDpkgPackageAndTheAppsNpmPackages() throws Exception {
    SbomDocument nodeApp = new SbomDocument("node-app.docker.tar",
        ImageCatalog.of(FixtureImages.shipped("node-app")), Instant.parse("2026-01-02T03:04:05Z"));
    String bom = new CycloneDxSbomReporter(SpdxLicenseIds.load()).render(nodeApp, OPTIONS);
    assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    Set<String> have = new TreeSet<>();
    JSON.readTree(bom).get("components")
        .forEach(c -> have.add(c.get("name").asText() + "\t" + c.get("version").asText()));
    for (String line : Files.readAllLines(Path.of("../shared/images/node-app.packages.tsv"))) {
      if (!line.isBlank()) {
        String[] f = line.split("\t");
        assertThat(have).contains(f[0] + "\t" + f[1]);
      }
    }
    assertThat(have).contains("express\t4.17.1", "lodash\t4.17.15", "minimist\t1.2.0",
        "body-parser\t1.19.0", "qs\t6.7.0", "marked\t0.3.6");
    String spdx = new SpdxSbomReporter(SpdxLicenseIds.load()).render(nodeApp, OPTIONS);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schemas/spdx-schema-v2.3.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    }
    assertThat(schema.validate(JSON.readTree(spdx))).isEmpty();
  }

  @Test
  void hardenJsonLeavesFilesOutByDefault() throws Exception {
    JsonNode plain = JSON.readTree(new JsonPackagesReporter(false).render(doc, OPTIONS));
    JsonNode full = JSON.readTree(new JsonPackagesReporter(true).render(doc, OPTIONS));
    JsonNode pam = find(plain.get("packages"), "name", "libpam-runtime");
    assertThat(pam.has("files")).isFalse();
    assertThat(pam.get("source").get("name").asText()).isEqualTo("pam");
    assertThat(pam.get("layer").get("index").asInt()).isEqualTo(-1);
    assertThat(pam.get("locations").get(0).asText()).isEqualTo("/var/lib/dpkg/status");
    assertThat(find(full.get("packages"), "name", "libpam-runtime").get("files").toString())
        .contains("/lib/x86_64-linux-gnu/libz.so.1.2.11");
    assertThat(plain.get("unknowns").toString()).contains("/var/lib/rpm/Packages");
    assertThat(plain.get("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(plain.get("subject").asText()).isEqualTo("fixtures:latest");
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError(field + "=" + value + " not in " + array);
  }
}
