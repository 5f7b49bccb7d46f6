package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class WgetProgressFixTest {

  private final FixTester tester = FixTester.of(new WgetProgressFix());

  @Test
  void addsProgress() {
    tester.fixes("FROM debian:12\nRUN wget -O /tmp/x.tgz https://example.org/x.tgz\n",
        "FROM debian:12\nRUN wget --progress=dot:giga -O /tmp/x.tgz https://example.org/x.tgz\n");
  }

  @Test
  void quietOrConfiguredCallsAreLeftAlone() {
    tester.unchanged("FROM debian:12\nRUN wget -q https://example.org/x\n");
    tester.unchanged("FROM debian:12\nRUN wget -qO- https://example.org/x\n");
    tester.unchanged("FROM debian:12\nRUN wget -nv https://example.org/x\n");
    tester.unchanged("FROM debian:12\nRUN wget --progress=bar:force https://example.org/x\n");
  }
}
