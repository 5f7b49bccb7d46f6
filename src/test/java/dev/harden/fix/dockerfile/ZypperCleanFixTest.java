package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class ZypperCleanFixTest {

  private final FixTester tester = FixTester.of(new ZypperCleanFix());

  @Test
  void appendsTheCleanup() {
    tester.fixes("FROM opensuse/leap:15\nRUN zypper -n install curl\n",
        "FROM opensuse/leap:15\nRUN zypper -n install curl && zypper clean\n");
  }

  @Test
  void leavesCleanedRunsAlone() {
    tester.unchanged("FROM opensuse/leap:15\nRUN zypper -n install curl && zypper clean\n");
    tester.unchanged("FROM opensuse/leap:15\nRUN --mount=type=cache,target=/var/cache zypper -n install curl\n");
  }
}
