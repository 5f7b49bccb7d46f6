package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd051ExposeSshTest {

  private final RuleTester rule = RuleTester.of(new Hd051ExposeSsh());

  @Test
  void sshPortOfTheImage() {
    rule.catches("FROM alpine:3.20\nEXPOSE 22\n");
    rule.catches("FROM alpine:3.20\nUSER mike\nEXPOSE 22/tcp\n");
    rule.catches("FROM alpine:3.20\nEXPOSE 20-25\n");
    rule.catches("FROM alpine:3.20\nARG SSH=22\nEXPOSE 80 $SSH\n");
    rule.catches("FROM alpine:3.20 AS base\nEXPOSE 22\nFROM base\nCMD [\"sshd\"]\n");
  }

  @Test
  void otherPortsAndBuildStagesPass() {
    rule.passes("FROM alpine:3.20\nEXPOSE 8080\n");
    rule.passes("FROM alpine:3.20\nEXPOSE 2222 220\n");
    rule.passes("FROM alpine:3.20 AS build\nEXPOSE 22\nFROM alpine:3.20\nEXPOSE 80\n");
    rule.passes("FROM alpine:3.20\nEXPOSE 22/udp\n");
  }
}
