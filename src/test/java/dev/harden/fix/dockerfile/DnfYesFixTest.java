package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class DnfYesFixTest {

  private final FixTester tester = FixTester.of(new DnfYesFix());

  @Test
  void addsYes() {
    tester.fixes("FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install httpd\n",
        "FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install -y httpd\n");
  }

  @Test
  void leavesConfirmedAlone() {
    tester.unchanged("FROM fedora:40\nRUN dnf install -y httpd\n");
    tester.unchanged("FROM fedora:40\nRUN dnf clean all\n");
  }
}
