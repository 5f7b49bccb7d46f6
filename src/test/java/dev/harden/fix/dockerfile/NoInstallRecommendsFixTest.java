package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class NoInstallRecommendsFixTest {

  private final FixTester tester = FixTester.of(new NoInstallRecommendsFix());

  @Test
  void addsTheOptionAfterInstall() {
    tester.fixes("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
        "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n");
  }

  @Test
  void isOnlySuggested() {
    assertThat(tester.safety("FROM debian:12\nRUN apt-get install -y curl\n"))
        .isEqualTo(FixSafety.SUGGESTED);
    var result = tester.safeOnly().run("FROM debian:12\nRUN apt-get install -y curl\n");
    assertThat(result.changed()).isFalse();
    assertThat(result.notApplied()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("recommendations"));
  }

  @Test
  void leavesCallsWithoutRecommendsAlone() {
    tester.unchanged("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n");
    tester.unchanged("FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y x\n");
    tester.unchanged("FROM debian:12\nRUN apt-get remove -y curl\n");
  }
}
