package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Severity;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hd001PinBaseDigestTest {

  private final RuleTester rule = RuleTester.of(new Hd001PinBaseDigest());

  @Test
  void finalBaseWithoutDigestIsAnErrorOnItsFromLine() {
    List<Finding> f = rule.catches(1, "FROM node:20\nCMD [\"node\"]\n");
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).message()).contains("node:20").contains("@sha256:");
    assertThat(f.get(0).location().column()).isEqualTo(6);
  }

  @Test
  void digestPinnedBasesPass() {
    rule.passes("FROM node:20@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    rule.passes("FROM gcr.io/distroless/static@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
  }

  @Test
  void theRootOfTheFinalImageChainCountsNotTheLastFrom() {
    List<Finding> f = rule.catches(1, """
        FROM node:20 AS base
        RUN npm ci
        FROM base AS app
        COPY . .
        FROM app
        """);
    assertThat(f.get(0).location().line()).isEqualTo(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void buildStagesAreReportedAtInfo() {
    List<Finding> f = rule.catches(2, """
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM gcr.io/distroless/static-debian12
        COPY --from=build /app /app
        """);
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.ERROR);
    assertThat(f.get(0).message()).contains("build stage build").contains("golang:1.22");
  }

  @Test
  void scratchAndStageReferencesAreExempt() {
    rule.passes("FROM scratch\nCOPY app /app\n");
    rule.catches(1, "FROM alpine:3.20 AS a\nFROM a\nFROM scratch\nCOPY --from=a /x /x\n");
  }

  @Test
  void argBasedFromIsResolvedThroughTheGlobalScope() {
    List<Finding> f = rule.catches(1, "ARG BASE=node:20\nFROM ${BASE}\n");
    assertThat(f.get(0).message()).contains("node:20").contains("FROM ${BASE}");
    rule.passes("ARG BASE=node:20@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM $BASE\n");
  }

  @Test
  void anArgWithoutDefaultSilencesThatLineOnly() {
    List<Finding> f = rule.catches(1, """
        ARG BUILDER
        FROM ${BUILDER} AS build
        FROM debian:12-slim
        COPY --from=build /x /x
        """);
    assertThat(f.get(0).location().line()).isEqualTo(3);
    rule.passes("ARG TAG\nFROM node:${TAG}\n");
  }

  @Test
  void targetChoosesTheFinalImage() {
    // with --target build, golang is the final image's base: an error, no longer info
    String df = "FROM golang:1.22 AS build\nFROM alpine:3.20@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n";
    assertThat(rule.findings(df)).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(rule.target("build").findings(df)).extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void aConfiguredSeverityWinsOverTheStageSeverity() {
    LintSettings warn = new LintSettings(Set.of(), Map.of("HD001", Severity.WARNING), List.of());
    List<Finding> f = rule.with(warn).catches(2, "FROM golang:1.22 AS b\nFROM alpine:3.20\n");
    assertThat(f).extracting(Finding::severity).containsOnly(Severity.WARNING);
  }

  @Test
  void suppressedInline() {
    rule.passes("# harden ignore=HD001\nFROM node:20\n");
  }
}
