package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class UseraddNoLogInitFixTest {

  private final FixTester tester = FixTester.of(new UseraddNoLogInitFix());

  @Test
  void highUidGetsNoLogInit() {
    tester.fixes("FROM debian:12\nRUN useradd -u 1000000 -m app\n",
        "FROM debian:12\nRUN useradd -l -u 1000000 -m app\n");
  }

  @Test
  void lowUidsAndFlaggedCallsAreLeftAlone() {
    tester.unchanged("FROM debian:12\nRUN useradd -u 10001 app\n");
    tester.unchanged("FROM debian:12\nRUN useradd --no-log-init -u 1000000 app\n");
    tester.unchanged("FROM debian:12\nRUN useradd -lu 1000000 app\n");
  }
}
