package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd050InvalidExposeTest {

  private final RuleTester rule = RuleTester.of(new Hd050InvalidExpose());

  @Test
  void invalidPorts() {
    assertThat(rule.catches("FROM alpine:3.20\nEXPOSE 65536 8080\n").get(0).message())
        .contains("65536")
        .contains("out of range");
    rule.catches("FROM alpine:3.20\nEXPOSE 65536/tcp 80 443 22\n");
    rule.catches("FROM alpine:3.20\nEXPOSE http\n");
    rule.catches("FROM alpine:3.20\nEXPOSE 80/icmp\n");
    rule.catches("FROM alpine:3.20\nEXPOSE 9000-8000\n");
    assertThat(rule.catches("FROM alpine:3.20\nEXPOSE 8080:80\n").get(0).message())
        .contains("docker run -p");
    rule.catches("FROM alpine:3.20\nARG PORT=99999\nEXPOSE $PORT\n");
    rule.catches("FROM alpine:3.20\nONBUILD EXPOSE 70000\n");
  }

  @Test
  void validPortsRangesAndUnknownVariablesPass() {
    rule.passes("FROM alpine:3.20\nEXPOSE 65530 8080\n");
    rule.passes("FROM alpine:3.20\nEXPOSE 65530/tcp 80 443/udp 22 3868/sctp 8000-8010/tcp 0\n");
    rule.passes("FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n");
    rule.passes("FROM alpine:3.20\nENV PORT=3000\nEXPOSE ${PORT}\n");
  }
}
