package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd040AddInsteadOfCopyTest {

  private final RuleTester rule = RuleTester.of(new Hd040AddInsteadOfCopy());

  @Test
  void localFilesAndFolders() {
    assertThat(rule.catches("FROM alpine:3.20\nADD app.jar /app/app.jar\n").get(0).message())
        .contains("app.jar")
        .contains("use COPY");
    rule.catches("FROM alpine:3.20\nADD . /app\n");
    rule.catches("FROM alpine:3.20\nADD [\"config/\", \"/etc/app/\"]\n");
    rule.catchesAtLine(3, "FROM alpine:3.20\nCOPY a /a\nadd \\\n  b /b\n");
  }

  @Test
  void archivesUrlsAndGitAreWhatAddIsFor() {
    rule.passes("FROM alpine:3.20\nADD rootfs.tar.gz /\n");
    rule.passes("FROM alpine:3.20\nADD dist.tgz dist.tar.xz /opt/\n");
    rule.passes("FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n");
    rule.passes("FROM alpine:3.20\nADD git@github.com:user/repo.git /src/\n");
    rule.passes("FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/x /x\n");
  }

  @Test
  void onlyTheLocalSourcesOfAMixedAddAreNamed() {
    assertThat(
            rule.catches("FROM alpine:3.20\nADD base.tar /opt/ \n ADD a.txt b.tar c.txt /opt/\n")
                .get(0)
                .message())
        .contains("a.txt, c.txt")
        .doesNotContain("b.tar");
  }

  @Test
  void variablesAreSubstitutedWhenKnown() {
    rule.catches("FROM alpine:3.20\nARG JAR=app.jar\nADD ${JAR} /app/\n");
    rule.passes("FROM alpine:3.20\nARG BUNDLE=site.tar.gz\nADD $BUNDLE /srv/\n");
    rule.passes("FROM alpine:3.20\nARG SRC\nADD $SRC /srv/\n");
  }

  @Test
  void heredocOnbuildAndHistoryForm() {
    rule.catches("FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n");
    rule.catches("FROM alpine:3.20\nONBUILD ADD . /app\n");
    rule.passes(
        "FROM alpine:3.20\n"
            + "ADD file:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in /\n");
  }

  @Test
  void suppressedByHadolintAlias() {
    rule.passes("FROM alpine:3.20\n# hadolint ignore=DL3020\nADD app.jar /app/\n");
  }
}
