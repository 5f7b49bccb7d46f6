package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class ApkNoCacheFixTest {

  private final FixTester tester = FixTester.of(new ApkNoCacheFix());

  @Test
  void addsNoCacheAfterAdd() {
    tester.fixes("FROM alpine:3.20\nRUN apk update && apk add --virtual .deps gcc\n",
        "FROM alpine:3.20\nRUN apk update && apk add --no-cache --virtual .deps gcc\n");
  }

  @Test
  void leavesOtherCallsAlone() {
    tester.unchanged("FROM alpine:3.20\nRUN apk --no-cache add curl\n");
    tester.unchanged("FROM alpine:3.20\nRUN apk del curl\n");
  }
}
