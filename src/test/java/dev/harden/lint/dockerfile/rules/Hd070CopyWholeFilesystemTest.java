package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd070CopyWholeFilesystemTest {

  private final RuleTester rule = RuleTester.of(new Hd070CopyWholeFilesystem());

  @Test
  void wholeFileSystem() {
    rule.catches("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build / /\n");
    rule.catches("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build . /\n");
    rule.catches("FROM scratch\nONBUILD COPY --from=build / /\n");
  }

  @Test
  void artefactsAndBuildContextPass() {
    rule.passes("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /out/app /app\n");
    rule.passes("FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /distroless/ /\n");
    rule.passes("FROM golang:1.23\nCOPY . /src\n");
  }
}
