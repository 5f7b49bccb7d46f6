package dev.harden.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileResolverTest {

  @TempDir Path root;

  @Test
  void modesKeepTheSetIdAndStickyBits() throws Exception {
    Path su = Files.createDirectories(root.resolve("usr/bin")).resolve("su");
    Files.write(su, new byte[] {1});
    Files.setAttribute(su, "unix:mode", 04755);
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Files.setAttribute(tmp, "unix:mode", 01777);
    Path conf = Files.writeString(root.resolve("app.conf"), "x");
    Files.setAttribute(conf, "unix:mode", 0640);

    DirectoryFileResolver files = DirectoryFileResolver.of(root);
    assertThat(files.lookup("/usr/bin/su").orElseThrow().mode()).isEqualTo(04755);
    assertThat(files.lookup("/tmp").orElseThrow().mode()).isEqualTo(01777);
    assertThat(files.lookup("/app.conf").orElseThrow().mode()).isEqualTo(0640);
    assertThat(files.lookup("/app.conf").orElseThrow().uid())
        .isEqualTo(Files.getAttribute(conf, "unix:uid"));
  }

  @Test
  void hostLinksStayLinksInsideTheRoot() throws Exception {
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\n");
    Files.createSymbolicLink(root.resolve("passwd"), Path.of("/etc/passwd"));
    DirectoryFileResolver files = DirectoryFileResolver.of(root);
    assertThat(files.lookup("/passwd").orElseThrow().type()).isEqualTo(FileType.SYMLINK);
    try (var in = files.open(files.resolve("/passwd").orElseThrow())) {
      assertThat(new String(in.readAllBytes())).isEqualTo("root:x:0:0::/root:/bin/sh\n");
    }
  }
}
