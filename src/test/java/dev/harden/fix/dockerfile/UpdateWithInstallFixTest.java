package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class UpdateWithInstallFixTest {

  private final FixTester tester = FixTester.of(new UpdateWithInstallFix());

  @Test
  void mergesIntoTheInstallRightAfter() {
    tester.fixes("FROM debian:12\n# refresh\nRUN apt-get update\nRUN apt-get install -y curl\n",
        "FROM debian:12\n# refresh\nRUN apt-get update && apt-get install -y curl\n");
    tester.fixes("FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n",
        "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n");
  }

  @Test
  void reportsWhatItCannotMerge() {
    tester.cannot("FROM debian:12\nRUN apt-get update\nCOPY x /x\nRUN apt-get install -y y\n",
        "does not install");
    tester.cannot("FROM debian:12\nRUN apt-get update && echo done\nRUN apt-get install -y y\n",
        "does more than the update");
  }

  @Test
  void updatesNextToTheirInstallStay() {
    tester.unchanged("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
  }
}
