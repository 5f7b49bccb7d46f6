package dev.harden.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OS detection on root filesystem directories laid out like each distribution. */
class OsReleaseTest {

  @TempDir Path root;

  private OsRelease detect() throws Exception {
    return OsRelease.detect(DirectoryFileResolver.of(root)).orElse(null);
  }

  private void write(String path, String text) throws Exception {
    Path p = root.resolve(path.substring(1));
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void ubuntuFromOsRelease() throws Exception {
    write("/usr/lib/os-release", "NAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nID=ubuntu\n"
        + "ID_LIKE=debian\nVERSION_CODENAME=jammy\nPRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n");
    Files.createDirectories(root.resolve("etc"));
    Files.createSymbolicLink(root.resolve("etc/os-release"), Path.of("../usr/lib/os-release"));
    OsRelease os = detect();
    assertThat(os.id()).isEqualTo("ubuntu");
    assertThat(os.isLike("debian")).isTrue();
    assertThat(os.majorVersion()).isEqualTo("22");
    assertThat(os.codename()).isEqualTo("jammy");
    assertThat(os.source()).isEqualTo("/etc/os-release");
  }

  @Test
  void rhelFamilyFromRedhatRelease() throws Exception {
    write("/etc/redhat-release", "CentOS Linux release 7.9.2009 (Core)\n");
    OsRelease os = detect();
    assertThat(os.id()).isEqualTo("centos");
    assertThat(os.versionId()).isEqualTo("7.9.2009");
    assertThat(os.isLike("rhel")).isTrue();
  }

  @Test
  void debianFromDebianVersionOnly() throws Exception {
    write("/etc/debian_version", "12.5\n");
    assertThat(detect().id()).isEqualTo("debian");
    assertThat(detect().versionId()).isEqualTo("12.5");
  }

  @Test
  void chainguardAndDistroless() throws Exception {
    write("/etc/os-release", "ID=chainguard\nNAME=\"Chainguard\"\nPRETTY_NAME='Chainguard'\n");
    write("/var/lib/dpkg/status.d/base", "Package: base-files\n");
    OsRelease os = detect();
    assertThat(os.id()).isEqualTo("chainguard");
    assertThat(os.prettyName()).isEqualTo("Chainguard");
    assertThat(os.distroless()).isTrue();
    write("/bin/sh", "");
    assertThat(detect().distroless()).isFalse();
  }

  @Test
  void scratchHasNone() throws Exception {
    write("/app/server", "\u007fELF");
    assertThat(detect()).isNull();
  }
}
