package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd065EnvSelfReferenceTest {

  private final RuleTester rule = RuleTester.of(new Hd065EnvSelfReference());

  @Test
  void referenceToAVariableSetInTheSameEnv() {
    assertThat(rule.catches("FROM alpine:3.20\nENV APP=/app BIN=$APP/bin\n").get(0).message())
        .contains("$APP");
    rule.catches("FROM alpine:3.20\nENV A=1 \\\n    B=\"${A:-x}\"\n");
    rule.catches("FROM alpine:3.20\nENV A=1\nENV A=2 B=$A\n");
    rule.catches("FROM alpine:3.20\nONBUILD ENV A=1 B=${A}\n");
    rule.catchesAtLine(3, "FROM alpine:3.20\nENV A=1 \\\n  B=$A\n");
  }

  @Test
  void earlierEnvSelfAppendAndQuotedTextPass() {
    rule.passes("FROM alpine:3.20\nENV APP=/app\nENV BIN=$APP/bin\n");
    rule.passes("FROM alpine:3.20\nENV PATH=/app/bin:$PATH\n");
    rule.passes("FROM alpine:3.20\nENV A=1 B='$A' C=\\$A\n");
    rule.passes("FROM alpine:3.20\nENV A 1 $A\n");
    rule.passes("FROM alpine:3.20\nENV B=$A A=1\n");
  }
}
