package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class SlimmerBaseFixTest {

  private final FixTester tester = FixTester.of(new SlimmerBaseFix());

  @Test
  void sameFamilyAndVersion() {
    tester.fixes("FROM node:20\nCMD [\"node\"]\n", "FROM node:20-slim\nCMD [\"node\"]\n");
    tester.fixes("FROM python:3.12\n", "FROM python:3.12-slim\n");
    tester.fixes("FROM openjdk:17\n", "FROM eclipse-temurin:17-jre\n");
  }

  @Test
  void onlyTheFinalImagesBaseChanges() {
    tester.fixes("FROM node:20 AS build\nRUN npm ci\nFROM python:3.12 AS app\nFROM app\n",
        "FROM node:20 AS build\nRUN npm ci\nFROM python:3.12-slim AS app\nFROM app\n");
  }

  @Test
  void staticGoBinaryStageGoesDistroless() {
    tester.fixes("""
        FROM golang:1.22 AS build
        RUN CGO_ENABLED=0 go build -o /app .
        FROM alpine:3.20
        COPY --from=build /app /app
        ENTRYPOINT ["/app"]
        """, """
        FROM golang:1.22 AS build
        RUN CGO_ENABLED=0 go build -o /app .
        FROM gcr.io/distroless/static-debian13
        COPY --from=build /app /app
        ENTRYPOINT ["/app"]
        """);
  }

  @Test
  void suggestedOnly() {
    assertThat(tester.safety("FROM node:20\n")).isEqualTo(FixSafety.SUGGESTED);
  }

  @Test
  void otherFamiliesAreNamedButNotApplied() {
    tester.cannot("FROM nginx:1.27.4\n", "nginx:1.27.4-alpine");
  }

  @Test
  void leanUnknownBuildAndDynamicBinariesStay() {
    tester.unchanged("FROM node:20-slim\n");
    tester.unchanged("FROM localhost/fixtures/node-runtime:latest\n");
    tester.cannot("FROM golang:1.22\nRUN go build -o /a .\n", "build image");
    tester.unchanged("FROM golang:1.22 AS b\nRUN go build -o /a .\nFROM debian:12-slim\n"
        + "COPY --from=b /a /a\nENTRYPOINT [\"/a\"]\n");
    tester.unchanged("FROM gcr.io/distroless/static-debian12\n");
  }
}
