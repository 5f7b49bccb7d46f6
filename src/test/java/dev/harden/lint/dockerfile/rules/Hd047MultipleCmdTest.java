package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd047MultipleCmdTest {

  private final RuleTester rule = RuleTester.of(new Hd047MultipleCmd());

  @Test
  void everyCmdButTheLastOfAStage() {
    assertThat(
            rule.catches("FROM golang:1.23\nCMD ./app\nCMD ./apps\nFROM alpine:3.20\nCMD ./app\n")
                .get(0)
                .message())
        .contains("line 3");
    rule.catches(2, "FROM alpine:3.20\nCMD a\nCMD [\"b\"]\nCMD c\n");
    rule.catchesAtLine(2, "FROM alpine:3.20\nCMD a\nRUN true\nCMD b\n");
    rule.catches("FROM alpine:3.20\nONBUILD CMD a\nONBUILD CMD b\n");
  }

  @Test
  void oneCmdPerStagePasses() {
    rule.passes("FROM golang:1.23\nCMD ./apps\nFROM alpine:3.20\nCMD ./app\n");
    rule.passes("FROM alpine:3.20\nCMD a\nONBUILD CMD b\n");
    rule.passes("FROM alpine:3.20\nENTRYPOINT [\"x\"]\nCMD [\"y\"]\n");
  }
}
