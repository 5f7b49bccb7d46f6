package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd060CopyDestinationSlashTest {

  private final RuleTester rule = RuleTester.of(new Hd060CopyDestinationSlash());

  @Test
  void severalSourcesIntoAFileName() {
    assertThat(rule.catches("FROM node:22\nCOPY package.json yarn.lock my_app\n").get(0).message())
        .contains("2 sources")
        .contains("my_app/");
    rule.catches("FROM node:22\nCOPY [\"package.json\", \"yarn.lock\", \"myapp\"]\n");
    rule.catches("FROM node:22\nCOPY --chown=root:root --chmod=755 package.json yarn.lock myapp\n");
    rule.catches("FROM node:22\nADD a.tgz b.tgz /opt\n");
    rule.catches("FROM node:22\nARG DEST=/app\nCOPY a b $DEST\n");
    rule.catches("FROM node:22\nONBUILD COPY a b /app\n");
    rule.catchesAtLine(4, "FROM node:22\nCOPY a \\\n  b \\\n  /app\n");
  }

  @Test
  void directoriesSingleSourcesAndUnknownsPass() {
    rule.passes("FROM node:22\nCOPY package.json yarn.lock myapp/\n");
    rule.passes("FROM node:22\nCOPY [\"package.json\", \"yarn.lock\", \"myapp/\"]\n");
    rule.passes("FROM node:22\nCOPY package.json yarn.lock\n");
    rule.passes("FROM node:22\nWORKDIR /app\nCOPY a b .\n");
    rule.passes("FROM node:22\nARG DEST\nCOPY a b $DEST\n");
    rule.passes(
        "FROM node:22\n"
            + "COPY file:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in"
            + " myfile\n");
  }
}
