package dev.harden.lint.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img003PackageManagerTest {

  static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
  static final String OS_RELEASE = "ID=debian\nVERSION_ID=\"12\"\n";
  static final String STATUS = "Package: dpkg\nStatus: install ok installed\nArchitecture: amd64\n"
      + "Version: 1.21.22\n\nPackage: apt\nStatus: install ok installed\nArchitecture: amd64\n"
      + "Version: 2.6.1\n";

  @TempDir Path tmp;

  private final Img003PackageManager rule = new Img003PackageManager();

  /** A merged-/usr Debian base with apt and dpkg, their file lists as dpkg writes them. */
  static TarBuilder debianBase() {
    return TarBuilder.layer()
        .file("/etc/os-release", OS_RELEASE)
        .symlink("/bin", "usr/bin")
        .file("/usr/bin/apt-get", ELF, 0755)
        .file("/usr/bin/apt", ELF, 0755)
        .file("/usr/bin/dpkg", ELF, 0755)
        .file("/usr/bin/dpkg-query", ELF, 0755)
        .file("/var/lib/dpkg/status", STATUS)
        .file("/var/lib/dpkg/info/dpkg.list", "/.\n/usr\n/usr/bin\n/usr/bin/dpkg\n")
        .file("/var/lib/dpkg/info/apt.list", "/.\n/usr/bin/apt\n/usr/bin/apt-get\n");
  }

  @Test
  void catchesAptAndDpkgNamingFilesAndPackages() throws Exception {
    List<Finding> found =
        new ImageRuleTester(tmp).findings(rule, TestImages.image().layer(debianBase()));
    assertThat(found).extracting(Finding::message).containsExactly(
        "package manager apt/dpkg: /usr/bin/apt, /usr/bin/apt-get, /usr/bin/dpkg"
            + " (packages apt, dpkg)");
    assertThat(found.get(0).location().details()).containsEntry("path", "/usr/bin/apt")
        .containsKey("layer");
    assertThat(found.get(0).rule().hardening()).isEqualTo(7);
  }

  @Test
  void passesWhenALaterLayerDeletesTheProgramsButKeepsTheDatabase() throws Exception {
    // what node-app-hardened does: RUN rm -f /usr/bin/apt /usr/bin/apt-* /usr/bin/dpkg ...
    TestImages image = TestImages.image().layer(debianBase())
        .layer(TarBuilder.layer().whiteout("/usr/bin/apt").whiteout("/usr/bin/apt-get")
            .whiteout("/usr/bin/dpkg").whiteout("/usr/bin/dpkg-query"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }

  @Test
  void followsLinksAndIgnoresDanglingOnes() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/usr/bin/dnf-3", ELF, 0755)
        .symlink("/usr/bin/dnf", "dnf-3")
        .symlink("/usr/bin/yum", "dnf-3")
        .symlink("/usr/bin/microdnf", "/usr/libexec/gone"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactly(
        "package manager dnf/yum/rpm: /usr/bin/dnf -> /usr/bin/dnf-3, /usr/bin/dnf-3,"
            + " /usr/bin/yum -> /usr/bin/dnf-3");
  }

  @Test
  void reportsEachPackageManagerOnce() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/sbin/apk", ELF, 0755)
        .file("/usr/bin/zypper", ELF, 0755)
        .file("/usr/local/sbin/rpm", ELF, 0755));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactlyInAnyOrder(
        "package manager apk: /sbin/apk",
        "package manager zypper: /usr/bin/zypper",
        "package manager dnf/yum/rpm: /usr/local/sbin/rpm");
  }

  @Test
  void passesFilesThatAreNotProgramsOnAPath() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/usr/bin/apk", "not executable\n")
        .file("/usr/share/bash-completion/completions/apt", "complete -F _apt apt\n")
        .dir("/usr/lib/apt")
        .file("/usr/lib/apt/methods/http", ELF, 0755));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }
}
