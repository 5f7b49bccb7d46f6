package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd032MicrodnfCleanAllTest {

  private final RuleTester rule = RuleTester.of(new Hd032MicrodnfCleanAll());

  @Test
  void installWithoutCleanAll() {
    rule.catches(1, "FROM ubi8:8.7\nRUN set -uex && microdnf install -vy docker-ce\n");
    rule.catches(1, "FROM ubi8:8.7\nRUN microdnf clean all && microdnf install -vy docker-ce\n");
    rule.catches(1, "FROM ubi8:8.7\nRUN microdnf install bash && microdnf clean all &&"
        + " microdnf install zsh\n");
  }

  @Test
  void cleanedUp() {
    rule.passes("FROM ubi8:8.7\nRUN microdnf install -vy docker-ce && microdnf clean all\n");
    rule.passes("FROM ubi8:8.7\nRUN microdnf install -y tar; microdnf clean all\n");
    rule.passes("FROM ubi8:8.7\nRUN dnf install -y tar\n");
  }
}
