package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd007NumericUserTest {

  private final RuleTester rule = RuleTester.of(new Hd007NumericUser());

  @Test
  void theDecidingUserIsANameNotAUid() {
    assertThat(rule.catches(1, "FROM alpine:3.20\nUSER app\n").get(0).message())
        .contains("USER app is a name");
    assertThat(rule.catches(1, "FROM gcr.io/distroless/static:nonroot\nUSER nonroot:nonroot\n")
        .get(0).message()).contains("USER 65532");
    rule.catchesAtLine(3, "FROM alpine:3.20\nENV U=www-data\nUSER $U\n");
  }

  @Test
  void numericUsersPass() {
    rule.passes("FROM alpine:3.20\nUSER 10001\n");
    rule.passes("FROM alpine:3.20\nUSER 10001:10001\n");
    rule.passes("FROM alpine:3.20\nUSER app\nUSER 1000\n");
  }

  @Test
  void rootUnknownAndWindowsUsersAreNotJudgedHere() {
    rule.passes("FROM alpine:3.20\nUSER root\n");
    rule.passes("FROM alpine:3.20\nARG U\nUSER $U\n");
    rule.passes("FROM alpine:3.20\n");
    rule.passes("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n");
  }

  @Test
  void onlyTheFinalImageChainCounts() {
    rule.passes("FROM alpine:3.20 AS build\nUSER builder\nFROM alpine:3.20\nUSER 1000\n");
    rule.catchesAtLine(2, "FROM alpine:3.20 AS base\nUSER app\nFROM base\n");
  }
}
