package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd055PipefailTest {

  private final RuleTester rule = RuleTester.of(new Hd055Pipefail());

  @Test
  void pipeUnderTheDefaultShell() {
    assertThat(
            rule.catches("FROM debian:12\nRUN curl -fsSL https://x.example/t.tgz | tar xz\n")
                .get(0)
                .message())
        .contains("pipefail");
    rule.catchesAtLine(
        3, "FROM debian:12\nRUN set -e; \\\n  wget -O- https://x.example/k | gpg --import\n");
    rule.catches("FROM debian:12\nRUN <<EOF\ncurl -s https://x.example/t.tgz | tar xz\nEOF\n");
    rule.catches("FROM debian:12\nONBUILD RUN cat files.txt | xargs rm\n");
    rule.catches("FROM debian:12\nRUN x=\"$(find / -name '*.so' | sort)\" && echo \"$x\"\n");
  }

  @Test
  void shellWithPipefailPerStage() {
    rule.passes(
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
            + "RUN curl -s https://x.example/t | tar x\n");
    rule.passes(
        "FROM alpine:3.20\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\n"
            + "RUN wget -O- https://x.example/t | tar x\n");
    rule.passes(
        "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-euxo\", \"pipefail\", \"-c\"]\n"
            + "FROM base\nRUN curl -s https://x.example/t | tar x\n");
    rule.catches(
        "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
            + "FROM debian:12\nRUN curl -s https://x.example/t | tar x\n");
    rule.catches(
        "FROM debian:12\nRUN curl -s https://x.example/t | tar x\n"
            + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n");
  }

  @Test
  void setPipefailInTheRun() {
    rule.passes("FROM debian:12\nRUN set -o pipefail && curl -s https://x.example/t | tar x\n");
    rule.passes("FROM debian:12\nRUN set -eo pipefail; curl -s https://x.example/t | tar x\n");
    rule.passes(
        "FROM debian:12\nRUN <<EOF\nset -euo pipefail\ncurl -s https://x.example/t | tar x\nEOF\n");
    rule.catches("FROM debian:12\nRUN curl -s https://x.example/t | tar x; set -o pipefail\n");
  }

  @Test
  void noRiskyPipePasses() {
    rule.passes("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
    rule.passes("FROM debian:12\nRUN echo \"$SHA  go.tgz\" | sha256sum -c -\n");
    rule.passes("FROM debian:12\nRUN printf 'a\\nb\\n' | sort\n");
    rule.passes("FROM debian:12\nRUN [\"sh\", \"-c\", \"curl x | tar x\"]\n");
    rule.passes("FROM debian:12\nRUN sh -c 'curl -s https://x.example/t | tar x'\n");
    rule.passes(
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
            + "SHELL [\"powershell\", \"-Command\"]\nRUN Get-ChildItem | Select-Object Name\n");
  }
}
