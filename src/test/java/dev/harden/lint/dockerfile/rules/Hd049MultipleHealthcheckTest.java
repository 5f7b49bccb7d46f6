package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd049MultipleHealthcheckTest {

  private final RuleTester rule = RuleTester.of(new Hd049MultipleHealthcheck());

  @Test
  void everyHealthcheckButTheLast() {
    rule.catchesAtLine(
        2,
        "FROM busybox:1.36\n"
            + "HEALTHCHECK CMD curl http://localhost:8080\n"
            + "HEALTHCHECK CMD /bin/healthcheck\n"
            + "FROM alpine:3.20\n"
            + "HEALTHCHECK CMD /bin/healthcheck\n");
    rule.catches("FROM alpine:3.20\nHEALTHCHECK CMD /bin/hc\nHEALTHCHECK NONE\n");
  }

  @Test
  void oneHealthcheckPerStagePasses() {
    rule.passes("FROM golang:1.23\nHEALTHCHECK CMD /bin/hc\nFROM alpine:3.20\nCMD ./app\n");
    rule.passes("FROM golang:1.23\nHEALTHCHECK NONE\nCMD ./app\n");
  }
}
