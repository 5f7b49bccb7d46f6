package dev.harden.lint.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.image.FixtureImages;
import dev.harden.image.ImageOptions;
import dev.harden.image.fs.ContentSelector;
import dev.harden.image.source.ImageContents;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.pipeline.ImagePipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole {@code BuiltinRules.image} list over the real fixture images, read, catalogued and
 * checked the way {@code harden inspect} does it: what each image was built to show is found, and
 * nothing else is said.
 */
class ImageChecksOnFixturesTest {

  /** Checks no fixture should trip: their images have none of these problems. */
  static final List<String> NEVER =
      List.of("IMG002", "IMG005", "IMG007", "IMG008", "IMG009", "IMG010", "IMG011");

  private static final Map<String, List<Finding>> RESULTS = new HashMap<>();

  static synchronized List<Finding> findings(String target) throws Exception {
    if (!RESULTS.containsKey(target)) {
      ImagePipeline pipeline =
          new ImagePipeline(ImageOptions.defaults(), CatalogContext.defaults(), ContentSelector.NONE);
      try (ImageContents contents = pipeline.read(target)) {
        CatalogResult catalog = pipeline.catalog(contents);
        RESULTS.put(target, ImagePipeline.check(contents, catalog, LintSettings.DEFAULTS));
      }
    }
    return RESULTS.get(target);
  }

  static List<Finding> built(String name) throws Exception {
    Path cache = FixtureImages.built("ImageChecksOnFixturesTest");
    return findings(cache.resolve(name + ".docker.tar").toString());
  }

  static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id()).toList();
  }

  static String message(List<Finding> findings, String id) {
    return findings.stream().filter(f -> f.rule().id().equals(id)).map(Finding::message)
        .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + findings));
  }

  @Test
  void nodeAppRunsAsRootWithAPackageManagerAndAShell() throws Exception {
    List<Finding> f = findings("../shared/images/node-app.docker.tar");
    assertThat(ids(f)).contains("IMG001", "IMG003", "IMG004").doesNotContainAnyElementsOf(NEVER);
    assertThat(message(f, "IMG001")).isEqualTo("the image runs as root: user \"root\"");
    assertThat(message(f, "IMG003")).contains("/usr/bin/apt-get", "/usr/bin/dpkg")
        .endsWith("(packages apt, dpkg)");
    assertThat(message(f, "IMG004")).contains("/usr/bin/bash", "/usr/bin/sh -> /usr/bin/dash");
    assertThat(message(f, "IMG006")).contains("/usr/bin/su (setuid root)",
        "/usr/sbin/unix_chkpwd (setgid shadow)");
    Finding packageManager = f.stream().filter(x -> x.rule().id().equals("IMG003")).findFirst()
        .orElseThrow();
    assertThat(packageManager.location().details()).containsKeys("path", "layer");
    assertThat(packageManager.rule().hardening()).isEqualTo(7);
  }

  @Test
  void hardenedNodeAppRunsAsUser1000WithoutPackageManager() throws Exception {
    // its last layer deletes /usr/bin/apt* and /usr/bin/dpkg* but keeps /var/lib/dpkg/status
    List<Finding> f = built("node-app-hardened");
    assertThat(ids(f)).doesNotContain("IMG001", "IMG003").doesNotContainAnyElementsOf(NEVER);
  }

  @Test
  void staticAndDistrolessImagesHaveNothingToReport() throws Exception {
    assertThat(findings("../shared/images/static-bin.oci.tar")).isEmpty();
    assertThat(findings("../shared/images/distroless-static.oci.tar")).isEmpty();
  }

  @Test
  void debianSlimSetsNoUser() throws Exception {
    List<Finding> f = findings("../shared/images/debian-slim.docker.tar");
    assertThat(ids(f)).containsExactly("IMG001", "IMG003", "IMG004", "IMG006");
    assertThat(message(f, "IMG001")).isEqualTo("the image runs as root: its config sets no user");
  }

  @Test
  void javaAppRunsAsUser1000ButKeepsApt() throws Exception {
    // a JRE, no JDK: java is there, javac is not
    List<Finding> f = built("java-app");
    assertThat(ids(f)).contains("IMG003").doesNotContain("IMG001")
        .doesNotContainAnyElementsOf(NEVER);
  }
}
