package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd072HealthcheckTest {

  private final RuleTester rule = RuleTester.of(new Hd072Healthcheck());

  @Test
  void serviceWithoutHealthcheck() {
    var found = rule.catches("FROM node:22\nEXPOSE 3000\nCMD [\"node\", \"server.js\"]\n");
    assertThat(found.get(0).severity()).isEqualTo(Severity.STYLE);
    assertThat(found.get(0).message()).contains("3000");
    rule.catchesAtLine(3, "FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nEXPOSE 80\n");
    rule.catches("FROM node:22 AS base\nEXPOSE 80\nFROM base\nCMD [\"node\"]\n");
  }

  @Test
  void healthcheckNoneNoPortAndMinimalBasesPass() {
    rule.passes("FROM node:22\nEXPOSE 3000\nHEALTHCHECK CMD curl -f http://localhost:3000/\n");
    rule.passes("FROM node:22\nEXPOSE 3000\nHEALTHCHECK NONE\n");
    rule.passes("FROM node:22 AS base\nHEALTHCHECK CMD /hc\nFROM base\nEXPOSE 80\n");
    rule.passes("FROM golang:1.23\nCMD ./app\nFROM alpine:3.20\nCMD ./app\n");
    rule.passes("FROM golang:1.23 AS build\nEXPOSE 80\nFROM alpine:3.20\nCMD [\"/app\"]\n");
    rule.passes("FROM scratch\nEXPOSE 8080\nENTRYPOINT [\"/app\"]\n");
    rule.passes("FROM gcr.io/distroless/static-debian12:nonroot\nEXPOSE 8080\n");
  }
}
