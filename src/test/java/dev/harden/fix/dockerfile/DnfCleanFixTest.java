package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class DnfCleanFixTest {

  private final FixTester tester = FixTester.of(new DnfCleanFix());

  @Test
  void appendsTheCleanup() {
    tester.fixes("FROM fedora:40\nRUN dnf install -y httpd\n",
        "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n");
  }

  @Test
  void leavesCleanedRunsAlone() {
    tester.unchanged("FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n");
    tester.unchanged("FROM fedora:40\nRUN --mount=type=cache,target=/var/cache dnf install -y httpd\n");
  }
}
