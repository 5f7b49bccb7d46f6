package dev.harden.lint.image.rules;

import static dev.harden.lint.image.rules.Img001RootUserTest.GROUP;
import static dev.harden.lint.image.rules.Img001RootUserTest.PASSWD;
import static dev.harden.lint.image.rules.Img001RootUserTest.withUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.image.TarBuilder;
import dev.harden.image.TestImages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Img002UnknownUserTest {

  @TempDir Path tmp;

  private final Img002UnknownUser rule = new Img002UnknownUser();

  @Test
  void catchesAUserNameMissingFromPasswd() throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser("ghost")))
        .containsExactly("user ghost does not exist in /etc/passwd: the container will not start");
  }

  @Test
  void catchesAGroupNameMissingFromGroup() throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser("app:staff")))
        .containsExactly("group staff does not exist in /etc/group: the container will not start");
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser("ghost:staff"))).hasSize(2);
  }

  @Test
  void catchesANameInAnImageWithoutPasswd() throws Exception {
    TestImages scratch = TestImages.image()
        .layer(TarBuilder.layer().file("/app/server", new byte[] {0x7f, 'E', 'L', 'F'}, 0755))
        .user("app");
    assertThat(new ImageRuleTester(tmp).messages(rule, scratch)).containsExactly(
        "the config names user app but the image has no /etc/passwd: the container will not"
            + " start (use a numeric id)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "app:app", "1000", "12345", "12345:12345", "app:4242", "root"})
  void passesKnownNamesAndAnyNumber(String user) throws Exception {
    assertThat(new ImageRuleTester(tmp).messages(rule, withUser(user))).isEmpty();
  }

  @Test
  void passesNumericIdsWithoutPasswd() throws Exception {
    TestImages scratch = TestImages.image()
        .layer(TarBuilder.layer().file("/app/server", new byte[] {1}, 0755))
        .user("65532:65532");
    assertThat(new ImageRuleTester(tmp).messages(rule, scratch)).isEmpty();
  }

  @Test
  void staysSilentWhenPasswdCannotBeRead() throws Exception {
    // /etc/passwd is a link to a file whose content the reader did not keep
    TestImages linked = TestImages.image()
        .layer(TarBuilder.layer().file("/usr/share/base/passwd", PASSWD)
            .file("/etc/group", GROUP).symlink("/etc/passwd", "../usr/share/base/passwd"))
        .user("ghost");
    assertThat(new ImageRuleTester(tmp).messages(rule, linked)).isEmpty();
  }

  @Test
  void nameRemovedByALaterLayerIsMissing() throws Exception {
    TestImages image = TestImages.image()
        .layer(TarBuilder.layer().file("/etc/passwd", PASSWD).file("/etc/group", GROUP))
        .layer(TarBuilder.layer().file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n"))
        .user("app");
    assertThat(new ImageRuleTester(tmp).messages(rule, image))
        .containsExactly("user app does not exist in /etc/passwd: the container will not start");
  }
}
