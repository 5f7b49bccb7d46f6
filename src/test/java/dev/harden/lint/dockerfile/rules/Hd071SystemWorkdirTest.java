package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd071SystemWorkdirTest {

  private final RuleTester rule = RuleTester.of(new Hd071SystemWorkdir());

  @Test
  void runtimeMountsAndSystemDirectories() {
    rule.catches("FROM alpine:3.5\nRUN apk add --update py2-pip\nWORKDIR /proc/self/fd/1\n");
    rule.catches("FROM alpine:3.5\nWORKDIR \"/proc/self/fd/1\"\n");
    rule.catches("FROM alpine:3.5\nWORKDIR /dev\n");
    rule.catches("FROM alpine:3.5\nWORKDIR /sys/fs/cgroup\n");
    rule.catches("FROM alpine:3.5\nWORKDIR /etc/\n");
    rule.catches("FROM alpine:3.5\nARG D=/usr\nWORKDIR $D\n");
    rule.catches("FROM alpine:3.5\nONBUILD WORKDIR /boot\n");
  }

  @Test
  void ownDirectoriesPass() {
    rule.passes("FROM alpine:3.3\nWORKDIR /path/to/workdir\n");
    rule.passes("FROM alpine:3.3\nWORKDIR /development\n");
    rule.passes("FROM alpine:3.3\nWORKDIR /\n");
    rule.passes("FROM alpine:3.3\nWORKDIR /usr/src/app\n");
    rule.passes("FROM alpine:3.3\nWORKDIR /usr/local/bin\n");
    rule.passes("FROM alpine:3.3\nWORKDIR /devices\n");
  }
}
