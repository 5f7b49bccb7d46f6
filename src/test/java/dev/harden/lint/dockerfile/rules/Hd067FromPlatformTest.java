package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd067FromPlatformTest {

  private final RuleTester rule = RuleTester.of(new Hd067FromPlatform());

  @Test
  void constantOrRedundantPlatform() {
    assertThat(rule.catches("FROM --platform=linux/amd64 debian:12\n").get(0).message())
        .contains("linux/amd64");
    assertThat(rule.catches("FROM --platform=$TARGETPLATFORM debian:12\n").get(0).message())
        .contains("drop it");
    rule.catches("FROM --platform=${TARGETPLATFORM} debian:12\n");
  }

  @Test
  void buildPlatformOtherVariablesAndNoFlagPass() {
    rule.passes("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM debian:12\n");
    rule.passes("ARG P=linux/arm64\nFROM --platform=$P debian:12\n");
    rule.passes("FROM debian:12\n");
  }
}
