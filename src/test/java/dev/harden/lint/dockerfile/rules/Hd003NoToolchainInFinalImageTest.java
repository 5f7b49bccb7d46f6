package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hd003NoToolchainInFinalImageTest {

  private final RuleTester rule = RuleTester.of(new Hd003NoToolchainInFinalImage());

  @Test
  void buildCommandsInTheFinalStageOfAMultiStageBuild() {
    List<Finding> f = rule.catches(1, """
        FROM node:20 AS deps
        RUN npm ci
        FROM golang:1.22
        COPY --from=deps /node_modules /node_modules
        RUN go build -o /app .
        """);
    assertThat(f.get(0).location().line()).isEqualTo(5);
    assertThat(f.get(0).message()).contains("go build").contains("golang:1.22");
  }

  @Test
  void toolchainInstallsThatStay() {
    List<Finding> f = rule.catches(1, """
        FROM golang:1.22 AS build
        RUN go build -o /app .
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl
        """);
    assertThat(f.get(0).message()).contains("build-essential").doesNotContain("curl");
    rule.catches(1, "FROM alpine:3.20 AS a\nFROM alpine:3.20\nRUN apk add --no-cache gcc=13.2.1-r0\n");
    rule.catches(1, "FROM fedora:40 AS a\nFROM fedora:40\nRUN dnf install -y gcc-c++\n");
  }

  @Test
  void installedAndRemovedInTheSameRunPasses() {
    rule.passes("""
        FROM alpine:3.20 AS a
        FROM python:3.12-alpine
        RUN apk add --no-cache --virtual .build-deps gcc musl-dev \\
         && pip install --no-cache-dir cryptography==42.0.0 \\
         && apk del .build-deps
        """);
    rule.passes("""
        FROM alpine:3.20 AS a
        FROM debian:12-slim
        RUN apt-get update && apt-get install -y gcc make && make -C /src \\
         && apt-get purge -y --auto-remove gcc make && rm -rf /var/lib/apt/lists/*
        """);
  }

  @Test
  void buildStagesAreWhereToolchainsBelong() {
    rule.passes("""
        FROM golang:1.22 AS build
        RUN apt-get update && apt-get install -y gcc
        RUN CGO_ENABLED=1 go build -o /app .
        FROM gcr.io/distroless/base-debian12
        COPY --from=build /app /app
        """);
  }

  @Test
  void aToolchainInAnAncestorOfTheFinalStageShips() {
    rule.catchesAtLine(2, "FROM debian:12 AS base\nRUN apt-get install -y gcc\n"
        + "FROM base\nCOPY app /app\n");
  }

  @Test
  void javascriptBuildsCountUntilDevDependenciesArePruned() {
    rule.catches(1, "FROM node:20 AS a\nFROM node:20-slim\nRUN npm ci && npm run build\n");
    rule.passes("FROM node:20 AS a\nFROM node:20-slim\n"
        + "RUN npm ci && npm run build && npm prune --omit=dev\n");
  }

  @Test
  void singleStageBuildsAreHd004sFinding() {
    rule.passes("FROM golang:1.22\nRUN go build -o /app .\n");
    rule.catches(1, "FROM debian:12-slim\nRUN apt-get install -y gcc\nRUN pip install x==1\n");
  }

  @Test
  void onbuildTriggersRunElsewhere() {
    rule.passes("FROM alpine:3.20 AS a\nFROM golang:1.22\nONBUILD RUN go build ./...\n");
  }

  @Test
  void versionQueriesAreNotBuilds() {
    rule.passes("FROM alpine:3.20 AS a\nFROM golang:1.22\nRUN go version && gcc --version\n");
  }
}
