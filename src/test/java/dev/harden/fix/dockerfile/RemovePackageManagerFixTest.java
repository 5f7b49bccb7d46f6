package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class RemovePackageManagerFixTest {

  private final FixTester tester = FixTester.of(new RemovePackageManagerFix());

  @Test
  void debianLosesAptAndDpkgAfterTheLastRootRun() {
    tester.fixes("""
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        USER 1000
        CMD ["curl"]
        """, """
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends curl
        RUN rm -f /usr/bin/apt* /usr/bin/dpkg*
        USER 1000
        CMD ["curl"]
        """);
  }

  @Test
  void alpineRemovesApkTools() {
    tester.fixes("FROM alpine:3.20\nCOPY app /app\n",
        "FROM alpine:3.20\nRUN apk --purge del apk-tools\nCOPY app /app\n");
  }

  @Test
  void isSuggestedAndOnlyForTheFinalImage() {
    assertThat(tester.safety("FROM alpine:3.20\nCOPY app /app\n"))
        .isEqualTo(FixSafety.SUGGESTED);
    tester.unchanged("FROM debian:12 AS build\nRUN apt-get install -y gcc\n"
        + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /x /x\n");
    tester.unchanged("FROM debian:12\nRUN apt-get install -y curl && rm -f /usr/bin/apt* /usr/bin/dpkg*\n");
    tester.unchanged("FROM scratch\nCOPY x /x\n");
  }

  @Test
  void aFinalStageThatNeverRunsAsRootIsReported() {
    tester.cannot("FROM debian:12 AS base\nUSER 1000\nFROM base\nRUN echo hi\n", "as root");
  }
}
