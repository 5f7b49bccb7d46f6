package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd068ShellViaLinkTest {

  private final RuleTester rule = RuleTester.of(new Hd068ShellViaLink());

  @Test
  void relinkingBinSh() {
    assertThat(rule.catches("FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n").get(0).message())
        .contains("SHELL [\"/bin/bash\", \"-c\"]");
    rule.catches("FROM debian:12\nRUN rm /bin/sh && ln -s bash /bin/sh\n");
    rule.catches("FROM debian:12\nONBUILD RUN ln -snf /bin/bash /usr/bin/sh\n");
  }

  @Test
  void otherLinksAndShellPass() {
    rule.passes("FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python\n");
    rule.passes("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n");
    rule.passes("FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/sh\n");
  }
}
