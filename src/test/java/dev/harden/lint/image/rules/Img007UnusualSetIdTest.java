package dev.harden.lint.image.rules;

import static dev.harden.lint.image.rules.Img003PackageManagerTest.ELF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import dev.harden.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Img007UnusualSetIdTest {

  @TempDir Path tmp;

  private final Img007UnusualSetId rule = new Img007UnusualSetId();

  @Test
  void catchesSudoAndFilesTheApplicationAdded() throws Exception {
    TestImages image = TestImages.image()
        .layer(TarBuilder.layer()
            .file("/etc/group", "root:x:0:\nshadow:x:42:\n")
            .file("/usr/bin/su", ELF, 04755)
            .file("/usr/bin/passwd", ELF, 04755)
            .file("/usr/sbin/unix_chkpwd", ELF, 02755)
            .file("/usr/lib/openssh/ssh-keysign", ELF, 04755)
            .file("/usr/bin/sudo", ELF, 04755))
        .layer(TarBuilder.layer()
            .file("/app/bin/helper", ELF, 04750)
            .file("/app/su", ELF, 04755));
    List<Finding> found = new ImageRuleTester(tmp).findings(rule, image);
    assertThat(found).extracting(Finding::message).containsExactly(
        "unusual setuid root file /app/bin/helper: remove it or clear the bit (chmod u-s,g-s)",
        "unusual setuid root file /app/su: remove it or clear the bit (chmod u-s,g-s)",
        "unusual setuid root file /usr/bin/sudo: remove it or clear the bit (chmod u-s,g-s)");
    assertThat(found.get(0).location().details()).containsEntry("path", "/app/bin/helper");
  }

  @Test
  void passesTheBaseSystemsAccountAndMountTools() throws Exception {
    TarBuilder base = TarBuilder.layer();
    for (String p : List.of("/usr/bin/su", "/usr/bin/chfn", "/usr/bin/chsh", "/usr/bin/gpasswd",
        "/usr/bin/mount", "/usr/bin/umount", "/usr/bin/newgrp", "/usr/bin/passwd", "/bin/ping",
        "/usr/lib/openssh/ssh-keysign")) {
      base.file(p, ELF, 04755);
    }
    for (String p : List.of("/usr/bin/chage", "/usr/bin/expiry", "/usr/sbin/unix_chkpwd",
        "/usr/bin/ssh-agent", "/usr/bin/crontab", "/usr/bin/wall")) {
      base.file(p, ELF, 02755);
    }
    assertThat(new ImageRuleTester(tmp).messages(rule, TestImages.image().layer(base))).isEmpty();
  }
}
