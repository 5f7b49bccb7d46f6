package dev.harden.lint.image.rules;

import static dev.harden.lint.image.rules.Img003PackageManagerTest.ELF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img004ShellTest {

  @TempDir Path tmp;

  private final Img004Shell rule = new Img004Shell();

  @Test
  void catchesDebianShellsThroughTheMergedUsrLink() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .symlink("/bin", "usr/bin")
        .file("/usr/bin/dash", ELF, 0755)
        .file("/usr/bin/bash", ELF, 0755)
        .symlink("/usr/bin/sh", "dash"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactly(
        "shell: /usr/bin/bash, /usr/bin/dash, /usr/bin/sh -> /usr/bin/dash");
  }

  @Test
  void catchesBusyboxAndItsApplets() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/bin/busybox", ELF, 0755)
        .symlink("/bin/sh", "/bin/busybox")
        .symlink("/bin/ls", "/bin/busybox"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactly(
        "shell: /bin/busybox, /bin/sh -> /bin/busybox");
  }

  @Test
  void catchesTheDebugShellOfDistrolessImages() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/busybox/busybox", ELF, 0755).symlink("/busybox/sh", "busybox"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).containsExactly(
        "shell: /busybox/busybox, /busybox/sh -> /busybox/busybox");
  }

  @Test
  void passesAnImageWithoutShell() throws Exception {
    TestImages image = TestImages.image().layer(TarBuilder.layer()
        .file("/app/server", ELF, 0755)
        .file("/etc/shells", "/bin/sh\n/bin/bash\n")
        .file("/usr/share/doc/bash/copyright", "...")
        .symlink("/bin/sh", "/nonexistent"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }

  @Test
  void passesAShellDeletedByALaterLayer() throws Exception {
    TestImages image = TestImages.image()
        .layer(TarBuilder.layer().file("/bin/sh", ELF, 0755))
        .layer(TarBuilder.layer().whiteout("/bin/sh"));
    assertThat(new ImageRuleTester(tmp).messages(rule, image)).isEmpty();
  }
}
