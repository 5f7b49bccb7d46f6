package dev.harden.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempDirTest {

  @TempDir Path base;

  @Test
  void makesAFreshDirectoryOnlyItsOwnerCanEnter() throws Exception {
    try (PrivateTempDir a = PrivateTempDir.create(base, "harden-x-");
        PrivateTempDir b = PrivateTempDir.create(base, "harden-x-")) {
      assertThat(a.path()).isNotEqualTo(b.path());
      assertThat(a.path().getParent()).isEqualTo(base);
      assertThat(a.path().getFileName().toString()).startsWith("harden-x-");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a.path())))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void closeRemovesEverythingInside() throws Exception {
    Path dir;
    try (PrivateTempDir t = PrivateTempDir.create(base, "harden-x-")) {
      dir = t.path();
      Files.createDirectories(dir.resolve("a/b"));
      Files.writeString(dir.resolve("a/b/c"), "x");
    }
    assertThat(dir).doesNotExist();
    assertThat(base).isEmptyDirectory();
  }

  @Test
  void aMissingBaseIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> PrivateTempDir.create(base.resolve("missing"), "harden-x-"))
        .isInstanceOf(java.io.IOException.class);
  }
}
