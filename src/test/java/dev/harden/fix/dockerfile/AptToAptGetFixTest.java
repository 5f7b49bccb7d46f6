package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class AptToAptGetFixTest {

  private final FixTester tester = FixTester.of(new AptToAptGetFix());

  @Test
  void aptBecomesAptGetOrAptCache() {
    tester.fixes("FROM debian:12\nRUN apt update && /usr/bin/apt install -y curl && apt show curl\n",
        "FROM debian:12\nRUN apt-get update && /usr/bin/apt-get install -y curl"
            + " && apt-cache show curl\n");
  }

  @Test
  void subcommandsWithoutAnEquivalentStay() {
    tester.unchanged("FROM debian:12\nRUN apt list --installed\n");
    tester.unchanged("FROM debian:12\nRUN apt full-upgrade -y\n");
  }
}
