package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd066RelativeCopyWithoutWorkdirTest {

  private final RuleTester rule = RuleTester.of(new Hd066RelativeCopyWithoutWorkdir());

  @Test
  void relativeDestinationWithoutWorkdir() {
    rule.catches("FROM python:3.12\nCOPY . .\n");
    rule.catches("FROM python:3.12\nADD app.tgz app/\n");
    rule.catchesAtLine(2, "FROM python:3.12\nCOPY requirements.txt .\nWORKDIR /app\nCOPY . .\n");
    rule.catches("FROM python:3.12 AS a\nWORKDIR /app\nFROM python:3.12\nCOPY . .\n");
  }

  @Test
  void workdirAbsoluteInheritedAndUnknownPass() {
    rule.passes("FROM python:3.12\nWORKDIR /app\nCOPY . .\n");
    rule.passes("FROM python:3.12\nCOPY . /app/\n");
    rule.passes("FROM python:3.12 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n");
    rule.passes("FROM python:3.12\nARG DEST\nCOPY . $DEST\n");
    rule.passes("FROM python:3.12\nENV APP=/app\nCOPY . $APP\n");
    rule.passes("FROM python:3.12\nONBUILD COPY . .\n");
  }
}
