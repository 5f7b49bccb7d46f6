package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd025PinGoInstallVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd025PinGoInstallVersions());

  @Test
  void remotePackagesWithoutVersion() {
    rule.catches(1, "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls\n");
    rule.catches(1, "FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n");
    rule.catches(1, "FROM golang:1.22\nRUN go install -ldflags \"-s -w\" github.com/o/r/cmd/x\n");
  }

  @Test
  void versionsAndLocalPackages() {
    rule.passes("FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1\n");
    rule.passes("FROM golang:1.22\nRUN go install ./cmd/... && go install std\n");
    rule.passes("FROM golang:1.22\nRUN go install -v -tags netgo .\n");
    rule.passes("FROM golang:1.22\nRUN go build -o /x github.com/o/r\n");
  }
}
