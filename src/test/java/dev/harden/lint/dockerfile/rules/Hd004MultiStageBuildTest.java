package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hd004MultiStageBuildTest {

  private final RuleTester rule = RuleTester.of(new Hd004MultiStageBuild());

  @Test
  void oneStageThatBuildsAndRuns() {
    List<Finding> f = rule.catches(1, """
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        RUN go mod download && go build -o /app .
        CMD ["/app"]
        """);
    assertThat(f.get(0).location().line()).isEqualTo(4);
    assertThat(f.get(0).message()).startsWith("go build builds Go in the only stage")
        .contains("golang:1.22");
  }

  @Test
  void everyCompiledLanguage() {
    rule.catches(1, "FROM maven:3.9-eclipse-temurin-21\nRUN mvn -B package -DskipTests\n");
    rule.catches(1, "FROM maven:3.9-eclipse-temurin-21\nRUN ./mvnw verify\n");
    rule.catches(1, "FROM gradle:8.5-jdk21\nRUN gradle build --no-daemon\n");
    rule.catches(1, "FROM rust:1\nRUN cargo build --release\n");
    rule.catches(1, "FROM debian:12\nRUN apt-get install -y gcc && gcc -o /app app.c\n");
    rule.catches(1, "FROM eclipse-temurin:21-jdk\nRUN javac Main.java\n");
    rule.catches(1, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release\n");
    rule.catches(1, "FROM node:20\nRUN npm ci && npm run build\n");
    rule.catches(1, "FROM node:20\nRUN tsc -p .\n");
  }

  @Test
  void reportedOnce() {
    rule.catches(1, "FROM golang:1.22\nRUN go build ./cmd/a\nRUN go build ./cmd/b\n");
  }

  @Test
  void multiStageBuildsPass() {
    rule.passes("FROM golang:1.22 AS build\nRUN go build -o /app .\n"
        + "FROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n");
  }

  @Test
  void aToolchainRemovedInTheSameRunDoesNotShip() {
    rule.passes("""
        FROM debian:12-slim
        RUN set -eux; savedAptMark="$(apt-mark showmanual)"; \\
          apt-get update; apt-get install -y --no-install-recommends gcc make; \\
          make -C /src install; \\
          apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark; \\
          apt-get purge -y --auto-remove; rm -rf /var/lib/apt/lists/*
        """);
    // but a toolchain that comes with the base image stays whatever is purged
    rule.catches(1, "FROM buildpack-deps:trixie\nRUN make -C /src && apt-get purge -y foo\n");
  }

  @Test
  void nothingBuiltNothingReported() {
    rule.passes("FROM golang:1.22\nCOPY app /app\n");
    rule.passes("FROM node:20\nRUN npm ci --omit=dev\n");
  }
}
