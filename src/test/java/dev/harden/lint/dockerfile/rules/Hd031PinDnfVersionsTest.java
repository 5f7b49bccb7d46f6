package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd031PinDnfVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd031PinDnfVersions());

  @Test
  void unpinned() {
    rule.catches(1, "FROM fedora:40\nRUN dnf install -y httpd\n");
    rule.catches(1, "FROM ubi9/ubi-minimal\nRUN microdnf install -y tar\n");
    rule.catches(1, "FROM fedora:40\nRUN dnf -y module install nodejs\n");
  }

  @Test
  void pinned() {
    rule.passes("FROM fedora:40\nRUN dnf install -y httpd-2.4.62 python3-3.12.4-1.fc40\n");
    rule.passes("FROM fedora:40\nRUN dnf -y module install nodejs:20\n");
    rule.passes("FROM fedora:40\nRUN dnf install -y @development-tools ./x.rpm\n");
    rule.passes("FROM fedora:40\nRUN dnf install -y --enablerepo crb gcc-13.3.1\n");
  }
}
