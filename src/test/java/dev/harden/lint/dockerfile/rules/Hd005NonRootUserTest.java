package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hd005NonRootUserTest {

  private final RuleTester rule = RuleTester.of(new Hd005NonRootUser());

  @Test
  void noUserAtAllIsReportedOnTheFinalFrom() {
    List<Finding> f = rule.catches(1, "FROM alpine:3.20 AS build\nRUN true\n"
        + "FROM debian:12-slim\nCMD [\"app\"]\n");
    assertThat(f.get(0).location().line()).isEqualTo(3);
    assertThat(f.get(0).message()).contains("no USER").contains("debian:12-slim");
  }

  @Test
  void everySpellingOfRoot() {
    for (String user : List.of("root", "0", "0:0", "root:root", "root:1000", "000")) {
      rule.catchesAtLine(3, "FROM alpine:3.20\nUSER 1000\nUSER " + user + "\n");
    }
  }

  @Test
  void nonRootUsersPass() {
    rule.passes("FROM alpine:3.20\nUSER 1000\n");
    rule.passes("FROM alpine:3.20\nUSER app\n");
    rule.passes("FROM alpine:3.20\nUSER 1000:0\n");
    rule.passes("FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n");
  }

  @Test
  void switchingBackToRootIsReportedAtTheLastRootUser() {
    List<Finding> f = rule.catches(1, """
        FROM alpine:3.20
        USER 1000
        RUN id
        USER root
        RUN apk add --no-cache curl
        USER root
        CMD ["sh"]
        """);
    assertThat(f.get(0).location().line()).isEqualTo(6);
  }

  @Test
  void userVariablesAreResolved() {
    rule.catchesAtLine(3, "FROM alpine:3.20\nARG APP_USER=root\nUSER ${APP_USER}\n");
    rule.catchesAtLine(3, "FROM alpine:3.20\nENV RUN_AS=0\nUSER $RUN_AS:$RUN_AS\n");
    rule.passes("FROM alpine:3.20\nARG APP_USER=10001\nUSER ${APP_USER}\n");
    // a value only known at build time gets the benefit of the doubt
    rule.passes("FROM alpine:3.20\nARG APP_USER\nUSER ${APP_USER}\n");
  }

  @Test
  void aUserInAnAncestorStageCarriesOver() {
    rule.passes("FROM alpine:3.20 AS base\nUSER 1000\nFROM base\nCMD [\"sh\"]\n");
    rule.catchesAtLine(4, "FROM alpine:3.20 AS base\nUSER 1000\nFROM base\nUSER root\n");
    // a USER in a stage the final image does not build on does not count
    rule.catchesAtLine(3, "FROM alpine:3.20 AS tools\nUSER 1000\nFROM alpine:3.20\n");
  }

  @Test
  void basesKnownToRunAsNonRootNeedNoUser() {
    rule.passes("FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\n");
    rule.passes("FROM cgr.dev/chainguard/node:latest\nCOPY . /app\n");
    rule.passes("FROM bitnami/nginx:1.27\n");
    rule.passes("FROM nginxinc/nginx-unprivileged:1.27-alpine\n");
    rule.passes("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\n");
    rule.catches(1, "FROM gcr.io/distroless/static-debian12\n");
    rule.catches(1, "FROM gcr.io/distroless/static-debian12:nonroot\nUSER root\n");
    rule.catches(1, "FROM scratch\nCOPY app /app\n");
  }

  @Test
  void targetSelectsTheImage() {
    String df = "FROM alpine:3.20 AS debug\nFROM alpine:3.20\nUSER 1000\n";
    rule.passes(df);
    rule.target("debug").catchesAtLine(1, df);
  }

  @Test
  void onbuildUserIsNotThisImagesUser() {
    rule.catches(1, "FROM alpine:3.20\nONBUILD USER 1000\n");
  }

  @Test
  void hadolintPragmaSuppressesThroughTheAlias() {
    rule.passes("FROM alpine:3.20\n# hadolint ignore=DL3002\nUSER root\n");
  }
}
