package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd044RelativeWorkdirTest {

  private final RuleTester rule = RuleTester.of(new Hd044RelativeWorkdir());

  @Test
  void relativePaths() {
    rule.catches("FROM alpine:3.20\nWORKDIR app\n");
    rule.catchesAtLine(3, "FROM alpine:3.20\nWORKDIR /path/to/workdir\nWORKDIR workdir\n");
    rule.catches("FROM alpine:3.20\nARG DIR=src\nWORKDIR $DIR\n");
    rule.catches("FROM alpine:3.20\nONBUILD WORKDIR app\n");
  }

  @Test
  void absoluteQuotedVariableAndWindowsPathsPass() {
    rule.passes("FROM alpine:3.20\nWORKDIR /app\n");
    rule.passes("FROM alpine:3.20\nWORKDIR \"/path/to/workdir\"\n");
    rule.passes("FROM alpine:3.20\nENV APP=/srv/app\nWORKDIR $APP/bin\n");
    rule.passes("FROM alpine:3.20\nWORKDIR $HOME\n");
    rule.passes("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n");
  }
}
