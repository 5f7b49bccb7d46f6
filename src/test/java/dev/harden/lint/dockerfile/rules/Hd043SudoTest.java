package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd043SudoTest {

  private final RuleTester rule = RuleTester.of(new Hd043Sudo());

  @Test
  void sudoAnywhereInRun() {
    assertThat(rule.catches("FROM debian:12\nRUN sudo apt-get update\n").get(0).message())
        .contains("sudo apt-get");
    rule.catches("FROM debian:12\nRUN apk add bash && sudo pip install --upgrade pip\n");
    rule.catches(
        "FROM debian:12\nRUN env DEBIAN_FRONTEND=noninteractive sudo apt-get install -y x\n");
    rule.catches("FROM debian:12\nRUN if true; then sudo -u app make; fi\n");
    rule.catches("FROM debian:12\nRUN sh -c 'sudo rm -rf /x'\n");
    rule.catches("FROM debian:12\nONBUILD RUN sudo make install\n");
    rule.catches(2, "FROM debian:12\nRUN sudo a; \\\n  sudo b\n");
    rule.catchesAtLine(3, "FROM debian:12\nRUN set -e; \\\n  sudo make install\n");
  }

  @Test
  void installingSudoOrMentioningItPasses() {
    rule.passes("FROM debian:12\nRUN apt-get install -y sudo\n");
    rule.passes("FROM debian:12\nRUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app\n");
    rule.passes("FROM debian:12\nUSER root\nRUN apt-get update\n");
  }
}
