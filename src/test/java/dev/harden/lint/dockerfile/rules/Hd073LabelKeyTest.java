package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd073LabelKeyTest {

  private final RuleTester rule = RuleTester.of(new Hd073LabelKey());

  @Test
  void invalidKeys() {
    assertThat(rule.catches("FROM alpine:3.20\nLABEL com.docker.foo=1\n").get(0).message())
        .contains("reserves");
    rule.catches("FROM alpine:3.20\nLABEL Maintainer=me\n");
    rule.catches("FROM alpine:3.20\nLABEL build_date=today\n");
    rule.catches("FROM alpine:3.20\nLABEL org..example=1\n");
    rule.catches("FROM alpine:3.20\nLABEL -x=1\n");
    rule.catches("FROM alpine:3.20\nLABEL x.=1\n");
    rule.catches(2, "FROM alpine:3.20\nLABEL ok=1 Bad=2 \\\n  io.docker.x=3\n");
    rule.catches("FROM alpine:3.20\nONBUILD LABEL Bad=1\n");
  }

  @Test
  void validKeysPass() {
    rule.passes(
        "FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://x maintainer=me\n");
    rule.passes("FROM alpine:3.20\nLABEL \"org.example.version\"=\"1.0\" v2=x\n");
    rule.passes("FROM alpine:3.20\nARG NS=org.example\nLABEL ${NS}.x=1\n");
  }
}
