package dev.harden.catalog.apk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.Pkg;
import dev.harden.ecosystem.Ecosystem;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApkCatalogerTest {

  static String record(String name, String version, String origin) {
    return "C:Q1abc=\nP:" + name + "\nV:" + version + "\nA:x86_64\nL:MIT BSD\no:" + origin
        + "\nF:usr/bin\nR:" + name + "\nF:etc\nR:" + name + ".conf\n\n";
  }

  @Test
  void originFilesLicencesAndLayers() throws Exception {
    String base = record("musl", "1.2.4-r2", "musl");
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/etc/os-release", "ID=wolfi\nVERSION_ID=20230201\n")
        .file("/lib/apk/db/installed", base, 0)
        .file("/lib/apk/db/installed", base + record("musl-utils", "1.2.4-r2", "musl"), 1);
    CatalogResult r = new ApkCataloger().catalog(tree, CatalogContext.defaults());
    Map<String, Pkg> p = r.packages().stream().collect(Collectors.toMap(Pkg::name, x -> x));
    assertThat(p.get("musl").layer()).isZero();
    assertThat(p.get("musl-utils").layer()).isEqualTo(1);
    assertThat(p.get("musl-utils").source().name()).isEqualTo("musl");
    assertThat(p.get("musl-utils").files())
        .containsExactly("/etc/musl-utils.conf", "/usr/bin/musl-utils");
    assertThat(p.get("musl-utils").licenses()).containsExactly("BSD", "MIT");
    assertThat(p.get("musl-utils").ecosystem()).isEqualTo(Ecosystem.WOLFI);
    assertThat(p.get("musl-utils").purl().canonicalize()).isEqualTo(
        "pkg:apk/wolfi/musl-utils@1.2.4-r2?arch=x86_64&distro=wolfi-20230201&upstream=musl");
  }

  @Test
  void recordsWithoutNameOrVersionAreUnknowns() throws Exception {
    MemoryFileResolver tree = new MemoryFileResolver().file("/lib/apk/db/installed",
        "P:nameonly\nA:x86_64\n\n" + record("zlib", "1.3-r0", "zlib"));
    CatalogResult r = new ApkCataloger().catalog(tree, CatalogContext.defaults());
    assertThat(r.packages()).extracting(Pkg::name).containsExactly("zlib");
    assertThat(r.packages().get(0).ecosystem()).isEqualTo(Ecosystem.ALPINE);
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("nameonly"));
  }
}
