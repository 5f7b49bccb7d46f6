package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd046ExecFormCommandTest {

  private final RuleTester rule = RuleTester.of(new Hd046ExecFormCommand());

  @Test
  void shellFormOfTheImage() {
    assertThat(rule.catches("FROM node:22\nCMD node server.js\n").get(0).message())
        .contains("CMD node server.js")
        .contains("JSON");
    rule.catches("FROM node:22\nENTRYPOINT /app/run --port 8080\n");
    rule.catches(2, "FROM node:22\nENTRYPOINT /app/run\nCMD echo hi\n");
    rule.catches("FROM node:22\nONBUILD CMD npm start\n");
    rule.catchesAtLine(3, "FROM node:22\nCMD [\"node\"]\nCMD node \\\n  server.js\n");
  }

  @Test
  void onlyTheCommandThatTakesEffectCounts() {
    rule.passes("FROM node:22\nCMD node server.js\nCMD [\"node\", \"server.js\"]\n");
    rule.passes("FROM golang:1.23 AS build\nCMD go run .\nFROM scratch\nCMD [\"/app\"]\n");
    rule.catches("FROM node:22 AS base\nCMD node server.js\nFROM base\nENV X=1\n");
  }

  @Test
  void execFormEmptyExecAndWindowsPass() {
    rule.passes("FROM node:22\nCMD [\"node\", \"server.js\"]\n");
    rule.passes("FROM node:22\nENTRYPOINT [\"/tini\", \"--\"]\nCMD []\n");
    rule.passes("FROM node:22\nCMD exec node server.js\n");
    rule.passes("FROM node:22\nCMD ./migrate && exec node server.js\n");
    rule.passes("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD dir C:\\\\\n");
  }
}
