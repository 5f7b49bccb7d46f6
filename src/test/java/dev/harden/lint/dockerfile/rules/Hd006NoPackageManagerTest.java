package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hd006NoPackageManagerTest {

  private final RuleTester rule = RuleTester.of(new Hd006NoPackageManager());

  @Test
  void theBaseFamilyDecidesWhichManagerIsThere() {
    List<Finding> f = rule.catches(1, "FROM debian:12-slim\nCOPY app /app\n");
    assertThat(f.get(0).message()).startsWith("apt/dpkg (from debian:12-slim) stays in the final image")
        .contains("install tools").contains("rm -f /usr/bin/apt* /usr/bin/dpkg*");
    assertThat(rule.catches(1, "FROM node:20-alpine\n").get(0).message()).startsWith("apk ")
        .contains("apk --purge del apk-tools");
    assertThat(rule.catches(1, "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\n")
        .get(0).message()).startsWith("microdnf ");
    assertThat(rule.catches(1, "FROM amazonlinux:2\n").get(0).message()).startsWith("yum ");
  }

  @Test
  void basesWithoutAManagerPass() {
    rule.passes("FROM gcr.io/distroless/static-debian12\n");
    rule.passes("FROM scratch\nCOPY app /app\n");
    rule.passes("FROM cgr.dev/chainguard/python:latest\n");
    rule.passes("FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled\n");
    rule.catches(1, "FROM cgr.dev/chainguard/python:latest-dev\n");
  }

  @Test
  void removingTheManagerInTheChainPasses() {
    rule.passes("FROM debian:12-slim\n"
        + "RUN rm -f /usr/bin/apt /usr/bin/apt-* /usr/bin/dpkg /usr/bin/dpkg-*\n");
    rule.passes("FROM debian:12-slim\nRUN rm -f /usr/bin/apt* /usr/bin/dpkg*\n");
    rule.passes("FROM alpine:3.20\nRUN apk add --no-cache curl && apk --purge del apk-tools\n");
    rule.passes("FROM alpine:3.20\nRUN rm -f /sbin/apk\n");
    rule.passes("FROM amazonlinux:2023\nRUN dnf install -y curl && rpm -e --nodeps dnf\n");
    rule.passes("FROM debian:12-slim AS base\nRUN rm -f /usr/bin/apt* /usr/bin/dpkg*\n"
        + "FROM base\nUSER 1000\n");
    // apt-get alone gone, dpkg still there
    rule.catches(1, "FROM debian:12-slim\nRUN rm -f /usr/bin/apt-get\n");
  }

  @Test
  void usingAManagerShowsItIsThereWhateverTheBase() {
    List<Finding> f = rule.catches(1,
        "FROM myorg/base:1\nRUN apt-get update && apt-get install -y curl\n");
    assertThat(f.get(0).location().line()).isEqualTo(2);
    assertThat(f.get(0).message()).contains("apt/dpkg (used here by apt-get)");
    rule.passes("FROM myorg/base:1\nCOPY app /app\n");
  }

  @Test
  void buildStagesDoNotCount() {
    rule.passes("FROM debian:12 AS build\nRUN apt-get update\n"
        + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /a /a\n");
  }

  @Test
  void theFixtureThatRemovesAptAndDpkgPasses() throws Exception {
    String hardened = java.nio.file.Files.readString(
        java.nio.file.Path.of("../shared/images/dockerfiles/node-app-hardened.Dockerfile"));
    rule.passes(hardened.replace("localhost/fixtures/node-runtime:latest", "node:20-slim"));
  }
}
