package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class ExecFormFixTest {

  private final FixTester tester = FixTester.of(new ExecFormFix());

  @Test
  void plainCommandsBecomeJsonArrays() {
    tester.fixes("""
        FROM node:20
        CMD node server.js --title "my app"
        """, """
        FROM node:20
        CMD ["node", "server.js", "--title", "my app"]
        """);
    tester.fixes("FROM node:20\nENTRYPOINT exec node \\\n  server.js\n",
        "FROM node:20\nENTRYPOINT [\"node\", \"server.js\"]\n");
  }

  @Test
  void entrypointWithACmdIsOnlySuggested() {
    String both = "FROM node:20\nENTRYPOINT node server.js\nCMD [\"--port\", \"80\"]\n";
    assertThat(tester.safety(both)).isEqualTo(FixSafety.SUGGESTED);
    assertThat(tester.safety("FROM node:20\nCMD node server.js\n")).isEqualTo(FixSafety.SAFE);
  }

  @Test
  void commandsThatNeedTheShellAreReported() {
    tester.cannot("FROM node:20\nCMD node server.js --port $PORT\n", "uses the shell");
    tester.cannot("FROM node:20\nCMD ./migrate && node server.js\n", "uses the shell");
    tester.cannot("FROM node:20\nCMD node *.js\n", "uses the shell");
    tester.cannot("FROM node:20\nCMD node server.js > /tmp/log\n", "uses the shell");
  }

  @Test
  void execFormStays() {
    tester.unchanged("FROM node:20\nCMD [\"node\", \"server.js\"]\n");
  }
}
