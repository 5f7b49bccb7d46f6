package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class AptGetYesFixTest {

  private final FixTester tester = FixTester.of(new AptGetYesFix());

  @Test
  void addsYesAfterInstall() {
    tester.fixes("FROM debian:12\nRUN apt-get update && apt-get install curl\n",
        "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
  }

  @Test
  void keepsContinuationsCommentsAndCrlf() {
    tester.fixes("FROM debian:12\r\n# tools\r\nRUN apt-get update \\\r\n"
            + "  # the packages\r\n  && sudo apt-get -o Dpkg::Options::=--force-confnew install \\\r\n"
            + "     curl\r\n",
        "FROM debian:12\r\n# tools\r\nRUN apt-get update \\\r\n"
            + "  # the packages\r\n  && sudo apt-get -o Dpkg::Options::=--force-confnew install -y \\\r\n"
            + "     curl\r\n");
  }

  @Test
  void execFormGetsAJsonElement() {
    tester.fixes("FROM debian:12\nRUN [\"apt-get\", \"install\", \"curl\"]\n",
        "FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");
  }

  @Test
  void everyCallInNestedShellsHeredocsAndOnbuild() {
    tester.fixes("""
        FROM debian:12
        RUN sh -c 'apt-get install curl'
        ONBUILD RUN apt-get install git
        RUN <<EOF
        apt-get update
        apt-get install wget
        EOF
        """, """
        FROM debian:12
        RUN sh -c 'apt-get install -y curl'
        ONBUILD RUN apt-get install -y git
        RUN <<EOF
        apt-get update
        apt-get install -y wget
        EOF
        """);
  }

  @Test
  void leavesConfirmedCallsAlone() {
    tester.unchanged("FROM debian:12\nRUN apt-get install -qy curl\n");
    tester.unchanged("FROM debian:12\nRUN apt-get install --yes curl\n");
    tester.unchanged("FROM debian:12\nRUN apt-get -qq install curl\n");
    tester.unchanged("FROM debian:12\nRUN apt-get update\n");
  }
}
