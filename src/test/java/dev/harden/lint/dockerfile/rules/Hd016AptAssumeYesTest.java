package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd016AptAssumeYesTest {

  private final RuleTester rule = RuleTester.of(new Hd016AptAssumeYes());

  @Test
  void promptingCommandsWithoutYes() {
    assertThat(rule.catches(1, "FROM node:12\nRUN apt-get install apt-utils && apt-get clean\n")
        .get(0).message()).contains("apt-get install without -y");
    rule.catches(1, "FROM node:12\nRUN [\"apt-get\", \"install\", \"apt-utils\"]\n");
    rule.catches(1, "FROM debian:12\nRUN apt-get purge curl\n");
    rule.catches(1, "FROM debian:12\nRUN apt-get -q install curl\n");
  }

  @Test
  void everySpellingOfYes() {
    rule.passes("FROM node:12\nRUN apt-get -fmy install apt-utils\n");
    rule.passes("FROM node:12\nRUN apt-get install -fmy apt-utils\n");
    rule.passes("FROM node:12\nRUN apt-get install --assume-yes apt-utils\n");
    rule.passes("FROM node:12\nRUN [\"apt-get\", \"--yes\", \"-q\", \"install\", \"apt-utils\"]\n");
    rule.passes("FROM debian:11-slim\nRUN apt-get install tzdata postgresql-10 -y\n");
    rule.passes("FROM debian:12\nRUN apt-get -qqy install curl\n");
    rule.passes("FROM debian:12\nRUN apt-get -qq install curl\n");
    rule.passes("FROM debian:12\nRUN apt-get -q=2 install curl\n");
  }

  @Test
  void nonPromptingCommandsPass() {
    rule.passes("FROM debian:12\nRUN apt-get update && apt-get clean\n");
  }

  @Test
  void buildStagesAndOnbuildCount() {
    rule.catches(1, "FROM debian:12 AS b\nRUN apt-get install curl\nFROM scratch\n");
    rule.catches(1, "FROM debian:12\nONBUILD RUN apt-get install curl\n");
  }

  @Test
  void nestedScriptsAreReportedOnce() {
    rule.catches(1, "FROM debian:12\nRUN sh -c 'apt-get update && apt-get install curl'\n");
    rule.catches(1, "FROM debian:12\nRUN echo \"$(apt-get install curl)\"\n");
    rule.catches(1, "FROM debian:12\nRUN bash <<EOF\napt-get install curl\nEOF\n");
  }
}
