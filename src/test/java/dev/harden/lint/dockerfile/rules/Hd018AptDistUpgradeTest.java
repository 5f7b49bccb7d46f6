package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd018AptDistUpgradeTest {

  private final RuleTester rule = RuleTester.of(new Hd018AptDistUpgrade());

  @Test
  void distUpgradeWithAnyFlags() {
    rule.catches(1, "FROM debian\nRUN apt-get update && apt-get dist-upgrade\n");
    rule.catches(1, "FROM debian\nRUN apt-get update && apt-get -q dist-upgrade\n");
    rule.catches(1, "FROM debian\nRUN apt-get update && apt-get --quiet dist-upgrade\n");
    rule.catches(1, "FROM debian\nRUN apt full-upgrade -y\n");
  }

  @Test
  void plainUpgradeBringsSecurityFixesAndPasses() {
    rule.passes("FROM debian\nRUN apt-get update && apt-get upgrade -y\n");
    rule.passes("FROM debian:9.13\nRUN apt-get update && apt-get install -y curl\n");
  }
}
