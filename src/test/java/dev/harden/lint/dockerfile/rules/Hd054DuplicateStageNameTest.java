package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd054DuplicateStageNameTest {

  private final RuleTester rule = RuleTester.of(new Hd054DuplicateStageName());

  @Test
  void repeatedNames() {
    assertThat(
            rule.catches(
                    "FROM baseimage:1.1\nRUN test\nFROM debian:12 as build\nRUN stuff\n"
                        + "FROM debian:11 as build\nRUN more_stuff\n")
                .get(0)
                .message())
        .contains("line 3");
    rule.catchesAtLine(2, "FROM debian:12 AS Build\nFROM debian:11 AS build\n");
    rule.catches(2, "FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS x\n");
  }

  @Test
  void uniqueNamesPass() {
    rule.passes("FROM debian:12 AS build2\nFROM debian:11 AS build1\nFROM build1\n");
    rule.passes("FROM debian:12\nFROM debian:12\n");
  }
}
