package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd053CopyFromOwnStageTest {

  private final RuleTester rule = RuleTester.of(new Hd053CopyFromOwnStage());

  @Test
  void ownStageByNameIndexOrMount() {
    rule.catchesAtLine(
        2,
        "FROM golang:1.7.3 as dep\nCOPY --from=dep /binary /\n"
            + "FROM alpine:3.13\nENTRYPOINT [\"/opt/app/run.sh\"]\n");
    rule.catches("FROM golang:1.18 as Builder\nCOPY --from=builder /binary /\n");
    rule.catches("FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=1 /a /a\n");
    rule.catches("FROM golang:1.23 AS build\nRUN --mount=from=build,target=/x ls /x\n");
  }

  @Test
  void otherStagesPass() {
    rule.passes(
        "FROM golang:1.7.3\nCOPY --from=dep /binary /\nFROM golang:1.7.3\n"
            + "COPY --from=0 app/ /app/\n");
    rule.passes("FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n");
  }
}
