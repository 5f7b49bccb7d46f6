package dev.harden.catalog.dpkg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.catalog.CatalogContext;
import dev.harden.catalog.CatalogResult;
import dev.harden.catalog.MemoryFileResolver;
import dev.harden.catalog.Pkg;
import dev.harden.ecosystem.Ecosystem;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DpkgCatalogerTest {

  static String stanza(String name, String version, String arch, String extra) {
    return "Package: " + name + "\nStatus: install ok installed\nArchitecture: " + arch
        + "\nVersion: " + version + "\n" + extra + "Description: x\n continued line\n\n";
  }

  static CatalogResult catalog(MemoryFileResolver tree) throws InterruptedException {
    return new DpkgCataloger().catalog(tree, CatalogContext.defaults());
  }

  static Map<String, Pkg> byName(CatalogResult r) {
    return r.packages().stream().collect(Collectors.toMap(Pkg::name, p -> p));
  }

  @Test
  void attributesEachPackageToTheLayerThatIntroducedIt() throws Exception {
    String base = stanza("libc6", "2.36-9", "amd64", "") + stanza("perl-base", "5.36.0-7", "amd64", "");
    String withNode = base + stanza("nodejs", "18.19.0+dfsg-6", "amd64", "");
    // layer 2 upgrades perl-base and rewrites the file again; layer 3 removes nothing
    String upgraded = stanza("libc6", "2.36-9", "amd64", "")
        + stanza("perl-base", "5.36.0-7+deb12u1", "amd64", "")
        + stanza("nodejs", "18.19.0+dfsg-6", "amd64", "");
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/var/lib/dpkg/status", base, 0)
        .file("/var/lib/dpkg/status", withNode, 1)
        .file("/var/lib/dpkg/status", upgraded, 2);
    Map<String, Pkg> p = byName(catalog(tree));
    assertThat(p.get("libc6").layer()).isZero();
    assertThat(p.get("nodejs").layer()).isEqualTo(1);
    assertThat(p.get("perl-base").layer()).isEqualTo(2);
    assertThat(p.get("perl-base").locations()).containsExactly("/var/lib/dpkg/status");
  }

  @Test
  void reinstalledAfterRemovalCountsFromTheReinstall() throws Exception {
    String one = stanza("curl", "7.88.1-10", "amd64", "");
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/var/lib/dpkg/status", one, 0)
        .file("/var/lib/dpkg/status", "", 1)
        .file("/var/lib/dpkg/status", one, 2);
    assertThat(byName(catalog(tree)).get("curl").layer()).isEqualTo(2);
  }

  @Test
  void sourceWithItsOwnVersionMultiArchListsAndOsRelease() throws Exception {
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12\"\nID=debian\nVERSION_ID=\"12\"\n")
        .file("/var/lib/dpkg/status",
            stanza("libperl5.36", "5.36.0-7+deb12u1", "amd64", "Source: perl (5.36.0-7)\n")
                + stanza("bash", "5.2.15-2+b2", "amd64", "Source: bash\n"))
        .file("/var/lib/dpkg/info/libperl5.36:amd64.list",
            "/.\n/usr\n/usr/lib/x86_64-linux-gnu/libperl.so.5.36\n")
        .file("/usr/lib/x86_64-linux-gnu/libperl.so.5.36", "ELF")
        .file("/var/lib/dpkg/info/bash.list", "/bin/bash\n")
        .file("/usr/share/doc/bash/copyright",
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
                + "Files: *\nLicense: GPL-3+\n");
    Map<String, Pkg> p = byName(catalog(tree));
    Pkg perl = p.get("libperl5.36");
    assertThat(perl.source().name()).isEqualTo("perl");
    assertThat(perl.source().version()).isEqualTo("5.36.0-7");
    assertThat(perl.files()).containsExactly("/usr/lib/x86_64-linux-gnu/libperl.so.5.36");
    assertThat(perl.ecosystem()).isEqualTo(Ecosystem.DEBIAN);
    assertThat(perl.purl().canonicalize()).isEqualTo(
        "pkg:deb/debian/libperl5.36@5.36.0-7%2Bdeb12u1?arch=amd64&distro=debian-12&upstream=perl%405.36.0-7");
    assertThat(p.get("bash").files()).containsExactly("/bin/bash");
    assertThat(p.get("bash").licenses()).containsExactly("GPL-3+");
    assertThat(p.get("bash").source().version()).isEqualTo("5.2.15-2+b2");
  }

  @Test
  void configFilesOnlyPackagesAreNotInstalledAndBadStanzasAreUnknowns() throws Exception {
    String text = stanza("kept", "1.0-1", "all", "")
        + "Package: removed\nStatus: deinstall ok config-files\nVersion: 2.0-1\n\n"
        + "Package: broken\nStatus: install ok installed\n\n"
        + stanza("weird", "not a version!", "all", "");
    CatalogResult r = catalog(new MemoryFileResolver().file("/var/lib/dpkg/status", text));
    assertThat(r.packages()).extracting(Pkg::name).containsExactly("kept");
    assertThat(r.unknowns()).hasSize(2)
        .allSatisfy(u -> assertThat(u.path()).isEqualTo("/var/lib/dpkg/status"));
  }

  @Test
  void distrolessStanzaFilesUseTheirOwnLayerAndMd5sums() throws Exception {
    MemoryFileResolver tree = new MemoryFileResolver()
        .file("/var/lib/dpkg/status.d/tzdata", stanza("tzdata", "2024a-0+deb12u1", "all", ""), 1)
        .file("/var/lib/dpkg/status.d/tzdata.md5sums",
            "d41d8cd98f00b204e9800998ecf8427e  usr/share/zoneinfo/UTC\n", 1)
        .file("/var/lib/dpkg/status.d/base-files", stanza("base-files", "12.4+deb12u5", "amd64", ""), 0);
    Map<String, Pkg> p = byName(catalog(tree));
    assertThat(p).containsOnlyKeys("tzdata", "base-files");
    assertThat(p.get("tzdata").layer()).isEqualTo(1);
    assertThat(p.get("tzdata").files()).containsExactly("/usr/share/zoneinfo/UTC");
    assertThat(p.get("base-files").layer()).isZero();
  }
}
