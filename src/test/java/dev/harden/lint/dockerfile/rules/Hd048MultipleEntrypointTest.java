package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd048MultipleEntrypointTest {

  private final RuleTester rule = RuleTester.of(new Hd048MultipleEntrypoint());

  @Test
  void everyEntrypointButTheLastOfAStage() {
    rule.catchesAtLine(
        2,
        "FROM golang:1.23\nENTRYPOINT [\"/a\", \"--port\", \"8080\"]\n"
            + "ENTRYPOINT [\"/a\", \"--port\", \"8000\"]\nFROM alpine:3.20\nENTRYPOINT [\"/a\"]\n");
    rule.catches("FROM alpine:3.20\nENTRYPOINT a\nENTRYPOINT b\n");
  }

  @Test
  void oneEntrypointPerStagePasses() {
    rule.passes("FROM golang:1.23\nENTRYPOINT [\"/a\"]\nFROM alpine:3.20\nENTRYPOINT [\"/a\"]\n");
    rule.passes("FROM alpine:3.20\nENTRYPOINT [\"/a\"]\nONBUILD ENTRYPOINT [\"/b\"]\n");
  }
}
