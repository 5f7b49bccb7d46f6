package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd052CopyFromUnknownStageTest {

  private final RuleTester rule = RuleTester.of(new Hd052CopyFromUnknownStage());

  @Test
  void bareNameThatIsNoStage() {
    assertThat(
            rule.catches(
                    "FROM golang:1.23 AS builder\nRUN go build -o /app\n"
                        + "FROM alpine:3.20\nCOPY --from=buidler /app /app\n")
                .get(0)
                .message())
        .contains("buidler")
        .contains("(builder)")
        .contains("docker.io/library/buidler:latest");
    rule.catchesAtLine(
        3, "FROM golang:1.23\nFROM alpine:3.20\nRUN --mount=from=cache,target=/c ls\n");
  }

  @Test
  void indexesVariablesAndCycles() {
    assertThat(
            rule.catches("FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=2 /app /app\n")
                .get(0)
                .message())
        .contains("no stage 2");
    rule.catches(
        "FROM golang:1.23 AS build\nFROM alpine:3.20\nARG S=build\nCOPY --from=$S /a /a\n");
    rule.catches("FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM a AS b\n");
  }

  @Test
  void stagesImagesAndLaterStagesPass() {
    rule.passes("FROM golang:1.23 AS Builder\nFROM alpine:3.20\nCOPY --from=builder /app /app\n");
    rule.passes("FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /app /app\n");
    rule.passes("FROM alpine:3.20\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /etc/\n");
    rule.passes("FROM alpine:3.20\nCOPY --from=ghcr.io/org/tools /bin/tool /bin/\n");
    rule.passes(
        "FROM alpine:3.20\nCOPY --from=busybox@sha256:"
            + "9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7 /bin/sh /bin/\n");
    rule.passes(
        "FROM alpine:3.20 AS final\nCOPY --from=assets /dist /srv\nFROM node:22 AS assets\n"
            + "RUN npm run build\n");
  }

  @Test
  void onbuildReferencesTheChildsStagesAndPasses() {
    rule.passes("FROM alpine:3.20\nONBUILD COPY --from=builder /app /app\n");
  }
}
