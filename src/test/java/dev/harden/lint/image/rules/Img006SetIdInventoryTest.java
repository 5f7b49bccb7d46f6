package dev.harden.lint.image.rules;

import static dev.harden.lint.image.rules.Img003PackageManagerTest.ELF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img006SetIdInventoryTest {

  @TempDir Path tmp;

  private final Img006SetIdInventory rule = new Img006SetIdInventory();

  @Test
  void listsEverySetIdFileInOneFinding() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n")
        .file("/etc/group", "root:x:0:\n")
        .file("/usr/bin/su", ELF, 04755)
        .file("/usr/bin/chage", ELF, 02755)
        .file("/usr/local/bin/tool", ELF, 06755)
        .file("/usr/bin/ls", ELF, 0755));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactly(
        "3 setuid/setgid files: /usr/bin/chage (setgid root), /usr/bin/su (setuid root),"
            + " /usr/local/bin/tool (setuid root, setgid root)");
  }

  @Test
  void passesSetgidDirectoriesAndPlainFiles() throws Exception {
    // a setgid directory only makes new files inherit its group (/var/mail, /var/local)
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .dir("/var/mail", 02775)
        .file("/usr/bin/ls", ELF, 0755));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }

  @Test
  void readsTheBitsOfARootFilesystemDirectory() throws Exception {
    Path root = tmp.resolve("rootfs");
    Path su = Files.createDirectories(root.resolve("usr/bin")).resolve("su");
    Files.write(su, ELF);
    Files.setAttribute(su, "unix:mode", 04755);
    assertThat(new ImageRuleTester(tmp).findings(rule, "dir:" + root))
        .extracting(f -> f.message()).containsExactly("1 setuid/setgid file: /usr/bin/su (setuid root)");
  }
}
