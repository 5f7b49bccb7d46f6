package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd035ZypperCleanTest {

  private final RuleTester rule = RuleTester.of(new Hd035ZypperClean());

  @Test
  void changesWithoutClean() {
    rule.catches(1, "FROM busybox:1.0\nRUN zypper install\n");
    rule.catches(1, "FROM busybox:1.0\nRUN zypper patch bash\n");
    rule.catches(1, "FROM alpine:3.5\nRUN zypper cc && zypper remove bash\n");
    rule.catches(1, "FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash\n");
  }

  @Test
  void cleanedUp() {
    rule.passes("FROM alpine:3.5\nRUN zypper install bash && zypper clean\n");
    rule.passes("FROM alpine:3.5\nRUN zypper install bash && zypper clean && zypper remove bash"
        + "&& zypper cc\n");
    rule.passes("FROM alpine:3.5\nRUN zypper -n in bash && rm -rf /var/cache/zypp/*\n");
    rule.passes("FROM alpine:3.5\nRUN zypper -n clean --all\n");
  }
}
