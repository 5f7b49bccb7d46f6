package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd030DnfCleanAllTest {

  private final RuleTester rule = RuleTester.of(new Hd030DnfCleanAll());

  @Test
  void installWithoutCleanAll() {
    rule.catches(1, "FROM fedora:27\nRUN set -uex && dnf install -vy docker-ce\n");
    rule.catches(1, "FROM fedora:27\nRUN dnf clean all && dnf install -vy docker-ce\n");
    rule.catches(1, "FROM fedora:27\nRUN dnf install bash && dnf clean all && dnf install zsh\n");
    rule.catches(1, "FROM fedora:27\nRUN dnf -y module install nodejs:20\n");
  }

  @Test
  void cleanedUp() {
    rule.passes("FROM fedora:27\nRUN dnf install -vy docker-ce && dnf clean all\n");
    rule.passes("FROM fedora:27\nRUN dnf install bash && dnf clean all && dnf install zsh"
        + " && dnf clean all\n");
    rule.passes("FROM fedora:27\nRUN dnf -y install x && rm -rf /var/cache/dnf\n");
    rule.passes("FROM fedora:27\nRUN --mount=type=cache,target=/var/cache/dnf dnf -y install x\n");
  }
}
