package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd059UseraddHighUidTest {

  private final RuleTester rule = RuleTester.of(new Hd059UseraddHighUid());

  @Test
  void highUidWithoutNoLogInit() {
    assertThat(rule.catches("FROM debian:12\nRUN useradd -u 1000000 app\n").get(0).message())
        .contains("1000000")
        .contains("-l");
    rule.catches("FROM debian:12\nRUN useradd --uid=123456 -m app\n");
    rule.catches("FROM debian:12\nRUN useradd -m -s /bin/sh -u123456 app\n");
    rule.catches("FROM debian:12\nARG APP_UID=2000000\nRUN useradd -u \"$APP_UID\" app\n");
    rule.catches("FROM debian:12\nRUN groupadd -g 1 g && sudo useradd -u 200000 app\n");
    rule.catches("FROM debian:12\nONBUILD RUN useradd -u 1000000 app\n");
  }

  @Test
  void noLogInitLowUidOrUnknownPass() {
    rule.passes("FROM debian:12\nRUN useradd -l -u 1000000 app\n");
    rule.passes("FROM debian:12\nRUN useradd --no-log-init -u 1000000 app\n");
    rule.passes("FROM debian:12\nRUN useradd -lmu 1000000 app\n");
    rule.passes("FROM debian:12\nRUN useradd -u 65532 nonroot\n");
    rule.passes("FROM debian:12\nRUN useradd -c 123456789 app\n");
    rule.passes("FROM debian:12\nARG APP_UID\nRUN useradd -u \"$APP_UID\" app\n");
  }
}
