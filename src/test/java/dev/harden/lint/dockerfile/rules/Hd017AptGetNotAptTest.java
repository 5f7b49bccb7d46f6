package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd017AptGetNotAptTest {

  private final RuleTester rule = RuleTester.of(new Hd017AptGetNotApt());

  @Test
  void aptInRun() {
    assertThat(rule.catches(1, "FROM debian:12\nRUN apt install -y curl\n").get(0).message())
        .contains("use apt-get install");
    assertThat(rule.catches(1, "FROM debian:12\nRUN apt search curl\n").get(0).message())
        .contains("apt-cache search");
    rule.catches(2, "FROM debian:12\nRUN apt update && sudo apt upgrade -y\n");
  }

  @Test
  void aptGetAndAptCachePass() {
    rule.passes("FROM debian:12\nRUN apt-get update && apt-cache policy curl\n");
    rule.passes("FROM debian:12\nRUN echo apt install\n");
  }
}
