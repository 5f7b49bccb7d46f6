package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd029DnfAssumeYesTest {

  private final RuleTester rule = RuleTester.of(new Hd029DnfAssumeYes());

  @Test
  void promptingCommands() {
    rule.catches(1, "FROM fedora:40\nRUN dnf install httpd\n");
    rule.catches(1, "FROM fedora:40\nRUN dnf --setopt=install_weak_deps=False upgrade\n");
    rule.catches(1, "FROM fedora:40\nRUN dnf5 install httpd\n");
  }

  @Test
  void yes() {
    rule.passes("FROM fedora:40\nRUN dnf install -vy docker-ce\n");
    rule.passes("FROM fedora:40\nRUN dnf -y --nodocs install httpd\n");
    rule.passes("FROM fedora:40\nRUN dnf --assumeyes install httpd\n");
    rule.passes("FROM fedora:40\nRUN dnf config-manager --add-repo https://x/y.repo\n");
  }
}
