package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class PipefailFixTest {

  private final FixTester tester = FixTester.of(new PipefailFix());

  @Test
  void bashOnDebianAshOnAlpineOncePerStage() {
    tester.fixes("""
        FROM debian:12 AS a
        # fetch it
        RUN curl -fsSL https://example.org/x.tgz | tar -xz
        RUN wget -qO- https://example.org/y | sh
        FROM alpine:3.20
        RUN wget -qO- https://example.org/y | tar -x
        """, """
        FROM debian:12 AS a
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        # fetch it
        RUN curl -fsSL https://example.org/x.tgz | tar -xz
        RUN wget -qO- https://example.org/y | sh
        FROM alpine:3.20
        SHELL ["/bin/ash", "-o", "pipefail", "-c"]
        RUN wget -qO- https://example.org/y | tar -x
        """);
  }

  @Test
  void suggestedOnly() {
    assertThat(tester.safety("FROM debian:12\nRUN curl x | tar -x\n"))
        .isEqualTo(FixSafety.SUGGESTED);
  }

  @Test
  void unknownShellsAndShebangHeredocsAreReported() {
    tester.cannot("FROM example.org/base:1\nRUN curl x | tar -x\n", "which shell");
    tester.cannot("FROM debian:12\nRUN <<EOF\n#!/bin/sh\ncurl x | tar -x\nEOF\n", "interpreter");
  }

  @Test
  void safePipesAndPipefailStay() {
    tester.unchanged("FROM debian:12\nRUN echo x | sha256sum -c -\n");
    tester.unchanged("FROM debian:12\nRUN set -o pipefail && curl x | tar -x\n");
    tester.unchanged("FROM debian:12\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\n"
        + "RUN curl x | tar -x\n");
  }
}
