package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd074ConsecutiveRunTest {

  private final RuleTester rule = RuleTester.of(new Hd074ConsecutiveRun());

  @Test
  void consecutiveShortRuns() {
    var found = rule.catches("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y x\n");
    assertThat(found.get(0).severity()).isEqualTo(Severity.STYLE);
    assertThat(found.get(0).location().line()).isEqualTo(3);
    assertThat(rule.catches(1, "FROM debian:12\nRUN a\n# comment\nRUN b\nRUN c\n").get(0).message())
        .startsWith("3 consecutive RUN instructions (lines 2-5)");
    rule.catches("FROM debian:12\nRUN <<EOF\na\nEOF\nRUN b\n");
  }

  @Test
  void separatedLongDifferentFlagsOrOtherStagesPass() {
    rule.passes("FROM debian:12\nRUN a\nCOPY x /x\nRUN b\n");
    rule.passes("FROM debian:12\nRUN a && b && c\nRUN d\n");
    rule.passes("FROM debian:12\nRUN --mount=type=cache,target=/root/.cache a\nRUN b\n");
    rule.passes("FROM debian:12\nRUN a\nFROM debian:12\nRUN b\n");
    rule.passes("FROM debian:12\nRUN a\nONBUILD RUN b\n");
  }
}
