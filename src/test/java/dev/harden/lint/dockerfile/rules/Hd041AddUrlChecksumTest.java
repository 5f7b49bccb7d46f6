package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd041AddUrlChecksumTest {

  private final RuleTester rule = RuleTester.of(new Hd041AddUrlChecksum());

  @Test
  void urlWithoutChecksum() {
    assertThat(
            rule.catches("FROM alpine:3.20\nADD https://example.com/tool-1.2.tgz /opt/\n")
                .get(0)
                .message())
        .contains("https://example.com/tool-1.2.tgz")
        .contains("--checksum");
    rule.catches("FROM alpine:3.20\nARG V=1.2\nADD http://example.com/tool-${V}.tgz /opt/\n");
    rule.catches("FROM alpine:3.20\nONBUILD ADD https://example.com/x /x\n");
  }

  @Test
  void checksumLocalFilesAndUnknownSourcesPass() {
    rule.passes(
        "FROM alpine:3.20\n"
            + "ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d"
            + " https://example.com/x.tgz /opt/\n");
    rule.passes("FROM alpine:3.20\nADD app.jar /app/\n");
    rule.passes("FROM alpine:3.20\nARG URL\nADD $URL /opt/\n");
  }

  @Test
  void gitSourcesArePinnedByCommit() {
    rule.catches("FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\n");
    rule.catches("FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n");
    rule.passes(
        "FROM alpine:3.20\n"
            + "ADD https://github.com/moby/buildkit.git#d9e8a5ff13fb8b4ab0c0dd2c6e5d6df8a0e4c6a1"
            + " /src\n");
  }
}
