package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class ZypperYesFixTest {

  private final FixTester tester = FixTester.of(new ZypperYesFix());

  @Test
  void addsYes() {
    tester.fixes("FROM opensuse/leap:15\nRUN zypper install curl\n",
        "FROM opensuse/leap:15\nRUN zypper install -y curl\n");
  }

  @Test
  void leavesNonInteractiveAlone() {
    tester.unchanged("FROM opensuse/leap:15\nRUN zypper -n install curl\n");
    tester.unchanged("FROM opensuse/leap:15\nRUN zypper --non-interactive in curl\n");
  }
}
