package dev.harden.catalog.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MavenArtifact;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.Relationship;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MavenCatalogerTest {

  /** A zip with the given entries, built in memory. */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] pom(String g, String a, String v) {
    return ("groupId=" + g + "\nartifactId=" + a + "\nversion=" + v + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, byte[]> entries(Object... kv) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (byte[]) kv[i + 1]);
    }
    return m;
  }

  static CatalogResult catalog(String path, byte[] jar, CatalogContext ctx) throws Exception {
    return new MavenCataloger().catalog(new MemoryFileResolver().file(path, jar, 0644, 2), ctx);
  }

  @Test
  void springBootFatJarListsItselfAndItsLibrariesWithTheJarAsTheirFile() throws Exception {
    byte[] log4j = zip(entries(
        "META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties",
        pom("org.apache.logging.log4j", "log4j-core", "2.14.1")));
    byte[] app = zip(entries(
        "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: x\n".getBytes(),
        "META-INF/maven/com.example/app/pom.properties", pom("com.example", "app", "1.0.0"),
        "BOOT-INF/lib/log4j-core-2.14.1.jar", log4j));
    CatalogResult r = catalog("/app/app.jar", app, CatalogContext.defaults());
    assertThat(r.unknowns()).isEmpty();
    assertThat(r.packages()).extracting(p -> p.purl().canonicalize()).containsExactlyInAnyOrder(
        "pkg:maven/com.example/app@1.0.0",
        "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
    Pkg own = r.packages().stream().filter(p -> p.name().equals("app")).findFirst().orElseThrow();
    Pkg lib = r.packages().stream().filter(p -> p.name().equals("log4j-core")).findFirst().orElseThrow();
    assertThat(((MavenArtifact) own.metadata()).sha1()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(app)));
    assertThat(lib.locations()).containsExactly("/app/app.jar!/BOOT-INF/lib/log4j-core-2.14.1.jar");
    assertThat(lib.files()).containsExactly("/app/app.jar");
    assertThat(lib.layer()).isEqualTo(2);
    assertThat(r.relationships()).containsExactly(
        new Relationship(own.id(), lib.id(), Relationship.Kind.CONTAINS));
  }

  @Test
  void manifestThenFileNameWhenThereIsNoPomProperties() throws Exception {
    byte[] manifestOnly = zip(entries("META-INF/MANIFEST.MF",
        ("Manifest-Version: 1.0\nImplementation-Vendor-Id: org.example\n"
            + "Implementation-Title: widget\nImplementation-Version: 3.1\n").getBytes()));
    Pkg m = catalog("/lib/anything.jar", manifestOnly, CatalogContext.defaults()).packages().get(0);
    assertThat(m.purl().canonicalize()).isEqualTo("pkg:maven/org.example/widget@3.1");
    assertThat(((MavenArtifact) m.metadata()).evidence()).isEqualTo(MavenArtifact.Evidence.MANIFEST);

    byte[] bare = zip(entries("a/B.class", new byte[] {1, 2, 3}));
    CatalogResult byName = catalog("/opt/commons-collections-3.2.1.jar", bare,
        CatalogContext.defaults());
    assertThat(byName.unknowns()).isEmpty();
    Pkg f = byName.packages().get(0);
    assertThat(f.name()).isEqualTo("commons-collections");
    assertThat(f.version()).isEqualTo("3.2.1");
    assertThat(f.purl().canonicalize())
        .isEqualTo("pkg:maven/commons-collections/commons-collections@3.2.1");
    assertThat(((MavenArtifact) f.metadata()).evidence()).isEqualTo(MavenArtifact.Evidence.FILE_NAME);
  }

  @Test
  void embeddedPomXmlWhenThereIsNoPomPropertiesAndEntitiesAreRefused() throws Exception {
    byte[] pomOnly = zip(entries("META-INF/maven/io.micronaut/micronaut-aop/pom.xml", ("""
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <parent><groupId>io.micronaut</groupId><version>4.9.11</version></parent>
          <artifactId>micronaut-aop</artifactId>
          <dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId>
            <version>9</version></dependency></dependencies>
        </project>""").getBytes(StandardCharsets.UTF_8)));
    Pkg p = catalog("/app/lib/aop.jar", pomOnly, CatalogContext.defaults()).packages().get(0);
    assertThat(p.purl().canonicalize()).isEqualTo("pkg:maven/io.micronaut/micronaut-aop@4.9.11");
    assertThat(((MavenArtifact) p.metadata()).evidence()).isEqualTo(MavenArtifact.Evidence.POM_XML);

    byte[] xxe = zip(entries("META-INF/maven/g/a/pom.xml", ("""
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <project><groupId>g</groupId><artifactId>&secret;</artifactId><version>1</version></project>
        """).getBytes(StandardCharsets.UTF_8)));
    CatalogResult r = catalog("/app/lib/xxe-1.0.jar", xxe, CatalogContext.defaults());
    assertThat(r.packages()).extracting(Pkg::name).containsExactly("xxe");
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.path()).endsWith("!/META-INF/maven/g/a/pom.xml"));
  }

  @Test
  void traversalNamesAreUnknownsAndNothingIsExtracted() throws Exception {
    byte[] evil = zip(entries(
        "../../../../tmp/harden-evil.jar", new byte[] {0},
        "META-INF/maven/g/a/pom.properties", pom("g", "a", "1")));
    CatalogResult r = catalog("/evil.jar", evil, CatalogContext.defaults());
    assertThat(r.packages()).extracting(Pkg::name).containsExactly("a");
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("unsafe name"));
    assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/harden-evil.jar"))).isFalse();
  }

  @Test
  void nestingDepthAndInflatedSizeAreBounded() throws Exception {
    byte[] inner = zip(entries("META-INF/maven/g/deep/pom.properties", pom("g", "deep", "1")));
    for (int i = 0; i < 6; i++) {
      inner = zip(entries("lib/level" + i + ".jar", inner));
    }
    CatalogResult deep = catalog("/nest.jar", inner, CatalogContext.defaults());
    assertThat(deep.packages()).isEmpty();
    assertThat(deep.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.reason()).contains("nested deeper than 4"));

    // 8 MiB of zeros compresses to a few KiB: a small bomb against a 1 MiB entry limit
    byte[] bomb = zip(entries("BOOT-INF/lib/bomb.jar", new byte[8 << 20],
        "META-INF/maven/g/outer/pom.properties", pom("g", "outer", "1")));
    assertThat(bomb.length).isLessThan(64 * 1024);
    CatalogContext small = new CatalogContext(64L << 20, 4, 1000, 1L << 20, 64L << 20, null);
    CatalogResult r = catalog("/bomb.jar", bomb, small);
    assertThat(r.packages()).extracting(Pkg::name).containsExactly("outer");
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.path()).isEqualTo("/bomb.jar!/BOOT-INF/lib/bomb.jar"));
  }

  @Test
  void corruptArchiveIsAnUnknown() throws Exception {
    CatalogResult r = catalog("/broken.war", "PK\u0003\u0004 not really".getBytes(),
        CatalogContext.defaults());
    assertThat(r.packages()).isEmpty();
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.path()).isEqualTo("/broken.war"));
  }
}
