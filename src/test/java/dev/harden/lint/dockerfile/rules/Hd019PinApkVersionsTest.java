package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd019PinApkVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd019PinApkVersions());

  @Test
  void unpinnedPackages() {
    assertThat(rule.catches(1, "FROM alpine:3.20\nRUN apk add --no-cache curl git=2.45.2-r0\n")
        .get(0).message()).startsWith("apk add does not pin curl:");
    rule.catches(1, "FROM alpine:3.20\nRUN apk --update add curl\n");
    rule.catches(1, "FROM alpine:3.20\nONBUILD RUN apk add curl\n");
  }

  @Test
  void everyFormOfPin() {
    rule.passes("FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0 git~=2.45 'bash>5'"
        + " ./local.apk\n");
    rule.passes("FROM alpine:3.20\nRUN apk add --no-cache \"curl=${CURL_VERSION}\"\n");
  }

  @Test
  void virtualNamesAndRepositoriesAreNotPackages() {
    rule.passes("FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0\n");
    rule.passes("FROM alpine:3.20\nRUN apk add -t .deps -X https://dl-cdn.alpinelinux.org/x"
        + " gcc=13.2.1-r0\n");
    rule.passes("FROM alpine:3.20\nRUN apk del .build-deps && apk update\n");
  }
}
