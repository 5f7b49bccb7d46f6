package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd033ZypperNonInteractiveTest {

  private final RuleTester rule = RuleTester.of(new Hd033ZypperNonInteractive());

  @Test
  void interactive() {
    rule.catches(1, "FROM opensuse/leap:15.6\nRUN zypper install httpd\n");
    rule.catches(1, "FROM opensuse/leap:15.6\nRUN zypper in -t pattern devel_basis\n");
    rule.catches(1, "FROM opensuse/leap:15.6\nRUN zypper dup\n");
  }

  @Test
  void nonInteractive() {
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper -n install httpd\n");
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper --non-interactive in httpd\n");
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper install -y httpd\n");
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper in --no-confirm httpd\n");
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper refresh && zypper clean\n");
  }
}
