package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd034ZypperDistUpgradeTest {

  private final RuleTester rule = RuleTester.of(new Hd034ZypperDistUpgrade());

  @Test
  void distUpgrade() {
    rule.catches(1, "FROM opensuse/tumbleweed\nRUN zypper dist-upgrade -y\n");
    rule.catches(1, "FROM opensuse/tumbleweed\nRUN zypper -n dup\n");
  }

  @Test
  void updateIsFine() {
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper -n update && zypper -n in x=1\n");
  }
}
