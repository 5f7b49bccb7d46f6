package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class EnvSplitFixTest {

  private final FixTester tester = FixTester.of(new EnvSplitFix());

  @Test
  void splitsBeforeEachSelfReference() {
    tester.fixes("FROM debian:12\nENV A=1 \\\n    B=${A}/x C=$B\n",
        "FROM debian:12\nENV A=1\nENV B=${A}/x\nENV C=$B\n");
  }

  @Test
  void earlierValuesAndEscapesStay() {
    tester.unchanged("FROM debian:12\nENV PATH=/x:$PATH\n");
    tester.unchanged("FROM debian:12\nENV A=1 B=\\$A C='$A'\n");
  }
}
