package dev.harden.catalog.rpm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.Pkg;
import dev.harden.catalog.RpmDbFormat;
import dev.harden.catalog.RpmEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpmCatalogerTest {

  static final Path PKGDB = Path.of("../shared/pkgdb");

  @TempDir Path tmp;

  private static CatalogResult catalog(String path, byte[] db) throws InterruptedException {
    MemoryFileResolver tree = new MemoryFileResolver().file(path, db, 0644, 0)
        .file("/etc/os-release", "ID=rhel\nVERSION_ID=\"8.8\"\n");
    return new RpmCataloger().catalog(tree, CatalogContext.defaults());
  }

  @Test
  void readsBerkeleyDbWithFilesAndSourceRpm() throws Exception {
    CatalogResult r = catalog("/var/lib/rpm/Packages",
        Files.readAllBytes(PKGDB.resolve("go-rpmdb/rpm/pkg/testdata/libuuid/Packages")));
    assertThat(r.unknowns()).isEmpty();
    Pkg uuid = r.packages().stream().filter(p -> p.name().equals("libuuid")).findFirst().orElseThrow();
    RpmEntry e = (RpmEntry) uuid.metadata();
    assertThat(uuid.version()).isEqualTo("2.32.1-42.el8_8");
    assertThat(e.dbFormat()).isEqualTo(RpmDbFormat.BERKELEY_DB);
    assertThat(uuid.source().name()).isEqualTo("util-linux");
    assertThat(uuid.source().version()).isEqualTo("2.32.1-42.el8_8");
    assertThat(uuid.files()).contains("/usr/lib64/libuuid.so.1");
    assertThat(uuid.purl().canonicalize())
        .startsWith("pkg:rpm/redhat/libuuid@2.32.1-42.el8_8?arch=x86_64&distro=rhel-8.8");
  }

  @Test
  void readsNdb() throws Exception {
    CatalogResult r = catalog("/usr/lib/sysimage/rpm/Packages.db",
        Files.readAllBytes(PKGDB.resolve("go-rpmdb/rpm/pkg/testdata/sle15-bci/Packages.db")));
    assertThat(r.packages()).hasSize(35);
    assertThat(r.packages()).allMatch(p -> ((RpmEntry) p.metadata()).dbFormat() == RpmDbFormat.NDB);
    Pkg glibc = r.packages().stream().filter(p -> p.name().equals("glibc")).findFirst().orElseThrow();
    assertThat(glibc.version()).isEqualTo("2.31-9.3.2");
    assertThat(glibc.files()).contains("/lib64/libc.so.6");
  }

  @Test
  void corruptDatabaseIsAnUnknown() throws Exception {
    byte[] db = Files.readAllBytes(PKGDB.resolve("go-rpmdb/rpm/pkg/testdata/libuuid/Packages"));
    byte[] truncated = java.util.Arrays.copyOf(db, 4096 + 100);
    CatalogResult r = catalog("/var/lib/rpm/Packages", truncated);
    assertThat(r.packages()).isEmpty();
    assertThat(r.unknowns()).singleElement()
        .satisfies(u -> assertThat(u.path()).isEqualTo("/var/lib/rpm/Packages"));
    CatalogResult garbage = catalog("/var/lib/rpm/rpmdb.sqlite", "not a database".getBytes());
    assertThat(garbage.unknowns()).hasSize(1);
  }

  /** No peer ships a sqlite rpmdb: build one with Debian's rpm tools. */
  @Test
  void readsSqliteDatabaseBuiltByRpm() throws Exception {
    boolean tools = onPath("rpmbuild") && onPath("rpm");
    if (!tools) {
      System.err.println("SKIPPED: RpmCatalogerTest.readsSqliteDatabaseBuiltByRpm: rpm and "
          + "rpmbuild are not installed (apt-get install rpm)");
    }
    Assumptions.assumeTrue(tools, "rpm tools missing");
    Path spec = tmp.resolve("SPECS/fixture.spec");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, String.join("\n",
        "Name: harden-fixture", "Version: 1.2.3", "Release: 4", "Epoch: 2",
        "Summary: test fixture", "License: MIT and BSD", "BuildArch: noarch",
        "%description", "fixture", "%install",
        "mkdir -p %{buildroot}/usr/share/harden-fixture",
        "echo hi > %{buildroot}/usr/share/harden-fixture/hello.txt",
        "%files", "/usr/share/harden-fixture/hello.txt", ""));
    run("rpmbuild", "--define", "_topdir " + tmp, "--define", "_db_backend sqlite", "-bb",
        spec.toString());
    Path dbDir = Files.createDirectories(tmp.resolve("db"));
    run("rpm", "--dbpath", dbDir.toString(), "--define", "_db_backend sqlite", "--initdb");
    Path rpmFile;
    try (var s = Files.walk(tmp.resolve("RPMS"))) {
      rpmFile = s.filter(p -> p.toString().endsWith(".rpm")).findFirst().orElseThrow();
    }
    run("rpm", "--dbpath", dbDir.toString(), "--define", "_db_backend sqlite", "--justdb",
        "--nodeps", "--ignoreos", "--ignorearch", "-i", rpmFile.toString());
    CatalogResult r = catalog("/var/lib/rpm/rpmdb.sqlite",
        Files.readAllBytes(dbDir.resolve("rpmdb.sqlite")));
    assertThat(r.unknowns()).isEmpty();
    Pkg p = r.packages().stream().filter(x -> x.name().equals("harden-fixture")).findFirst()
        .orElseThrow();
    RpmEntry e = (RpmEntry) p.metadata();
    assertThat(e.dbFormat()).isEqualTo(RpmDbFormat.SQLITE);
    assertThat(p.version()).isEqualTo("2:1.2.3-4");
    assertThat(e.epoch()).isEqualTo(2);
    assertThat(e.arch()).isEqualTo("noarch");
    assertThat(p.licenses()).containsExactly("MIT and BSD");
    assertThat(e.sourceRpm()).isEqualTo("harden-fixture-1.2.3-4.src.rpm");
    assertThat(p.files()).containsExactly("/usr/share/harden-fixture/hello.txt");
    assertThat(p.purl().getQualifiers()).containsEntry("epoch", "2");
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private void run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("tool.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + Files.readString(tmp.resolve("tool.log")))
        .isZero();
  }
}
