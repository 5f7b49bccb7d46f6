package dev.harden.lint.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Img001RootUserTest {

  static final String PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
      + "toor:x:0:0:second root:/root:/bin/sh\n"
      + "app:x:1000:1000::/home/app:/usr/sbin/nologin\n";
  static final String GROUP = "root:x:0:\napp:x:1000:\n";

  @TempDir Path tmp;

  private final Img001RootUser rule = new Img001RootUser();

  static TestImages withUser(String user) {
    return TestImages.image()
        .layer(TarBuilder.layer().file("/etc/passwd", PASSWD).file("/etc/group", GROUP))
        .user(user);
  }

  @Test
  void catchesAConfigWithoutUser() throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser(null)))
        .containsExactly("the image runs as root: its config sets no user");
  }

  @ParameterizedTest
  @ValueSource(strings = {"root", "0", "0:0", "root:root", "00", "0:1000", " root "})
  void catchesRootByNameOrUid(String user) throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser(user)))
        .containsExactly("the image runs as root: user \"" + user.trim() + "\"");
  }

  @Test
  void catchesANamedUserWhosePasswdEntryHasUidZero() throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser("toor")))
        .containsExactly("the image runs as root: user toor has uid 0 in /etc/passwd");
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "1000", "1000:0", "app:app", "65532:65532", "ghost"})
  void passesNonRootUsers(String user) throws Exception {
    // a name missing from /etc/passwd is IMG002's finding, not a root user
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser(user))).isEmpty();
  }

  @Test
  void findingIsAboutTheImageAsAWhole() throws Exception {
    var f = new ImageRuleTester(tmp).findings(rule, withUser("0")).get(0);
    assertThat(f.location().line()).isZero();
    assertThat(f.location().details()).isEmpty();
    assertThat(f.rule().hardening()).isEqualTo(4);
    assertThat(f.rule().aliases()).contains("CIS-DI-0001", "DS-0002");
  }

  @Test
  void aRootFilesystemDirectoryHasNoConfigToJudge() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("rootfs/etc"));
    Files.writeString(root.resolve("passwd"), PASSWD);
    assertThat(new ImageRuleTester(tmp).findings(rule, "dir:" + tmp.resolve("rootfs"))).isEmpty();
  }
}
