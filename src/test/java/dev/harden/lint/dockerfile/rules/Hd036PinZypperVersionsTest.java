package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd036PinZypperVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd036PinZypperVersions());

  @Test
  void unpinned() {
    rule.catches(1, "FROM opensuse/leap:15.6\nRUN zypper -n install httpd\n");
    rule.catches(1, "FROM opensuse/leap:15.6\nRUN zypper -n in -r oss httpd curl=8.0\n");
  }

  @Test
  void pinned() {
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 'curl>=8' x.rpm\n");
    rule.passes("FROM opensuse/leap:15.6\nRUN zypper -n remove httpd\n");
  }
}
