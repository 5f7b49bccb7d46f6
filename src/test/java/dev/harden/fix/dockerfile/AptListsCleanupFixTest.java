package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class AptListsCleanupFixTest {

  private final FixTester tester = FixTester.of(new AptListsCleanupFix());

  @Test
  void appendsOnTheSameLineForAOneLineRun() {
    tester.fixes("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
        "FROM debian:12\nRUN apt-get update && apt-get install -y curl"
            + " && rm -rf /var/lib/apt/lists/*\n");
  }

  @Test
  void appendsOnANewContinuationLineWithTheLastLinesIndent() {
    tester.fixes("""
        FROM debian:12
        RUN apt-get update \\
          && apt-get install -y \\
        \t\tcurl
        """, """
        FROM debian:12
        RUN apt-get update \\
          && apt-get install -y \\
        \t\tcurl \\
        \t\t&& rm -rf /var/lib/apt/lists/*
        """);
  }

  @Test
  void usesTheEscapeDirectiveAndCrlf() {
    tester.fixes("# escape=`\r\nFROM debian:12\r\nRUN apt-get update `\r\n"
            + "    && apt-get install -y curl\r\n",
        "# escape=`\r\nFROM debian:12\r\nRUN apt-get update `\r\n"
            + "    && apt-get install -y curl `\r\n    && rm -rf /var/lib/apt/lists/*\r\n");
  }

  @Test
  void appendsAfterACompoundCommandNotInsideIt() {
    tester.fixes("FROM debian:12\nRUN if true; then apt-get install -y curl; fi\n",
        "FROM debian:12\nRUN if true; then apt-get install -y curl; fi"
            + " && rm -rf /var/lib/apt/lists/*\n");
  }

  @Test
  void heredocRunGetsItOnItsLastLine() {
    tester.fixes("FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n",
        "FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl"
            + " && rm -rf /var/lib/apt/lists/*\nEOF\n");
  }

  @Test
  void suggestedWhenALaterRunNeedsTheLists() {
    String later = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"
        + "RUN apt-get install -y git\n";
    assertThat(tester.safety(later)).isEqualTo(FixSafety.SUGGESTED);
    var result = tester.safeOnly().run(later);
    assertThat(result.notApplied()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("line 3"));
  }

  @Test
  void leavesCleanedOrCachedRunsAlone() {
    tester.unchanged("FROM debian:12\nRUN apt-get update && apt-get install -y curl"
        + " && rm -rf /var/lib/apt/lists/*\n");
    tester.unchanged("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists"
        + " apt-get update && apt-get install -y curl\n");
    tester.unchanged("FROM debian:12\nRUN apt-get update\n");
  }

  @Test
  void reportsWhatItCannotAppendTo() {
    tester.cannot("FROM debian:12\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n",
        "exec form");
    tester.cannot("FROM debian:12\nRUN apt-get install -y curl &\n", "exec form");
  }
}
