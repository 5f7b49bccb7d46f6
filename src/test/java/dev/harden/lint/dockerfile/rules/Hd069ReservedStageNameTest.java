package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd069ReservedStageNameTest {

  private final RuleTester rule = RuleTester.of(new Hd069ReservedStageName());

  @Test
  void reservedNames() {
    rule.catches("FROM alpine:3.20 AS scratch\n");
    rule.catchesAtLine(2, "FROM alpine:3.20\nFROM debian:12 AS Context\n");
  }

  @Test
  void otherNamesAndScratchAsBasePass() {
    rule.passes("FROM alpine:3.20 AS build\nFROM scratch\n");
    rule.passes("FROM scratch AS base\n");
  }
}
