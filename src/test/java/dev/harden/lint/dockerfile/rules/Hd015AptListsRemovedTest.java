package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd015AptListsRemovedTest {

  private final RuleTester rule = RuleTester.of(new Hd015AptListsRemoved());

  @Test
  void updateWithoutRemovingTheLists() {
    rule.catches(1, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
    // removed in a later RUN: the lists are already in the earlier layer
    rule.catchesAtLine(2, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"
        + "RUN rm -rf /var/lib/apt/lists/*\n");
    // removed before the update does not count
    rule.catches(1, "FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update\n");
  }

  @Test
  void removedInTheSameRun() {
    rule.passes("FROM debian:12\nRUN apt-get update && apt-get install -y curl"
        + " && rm -rf /var/lib/apt/lists/*\n");
    rule.passes("FROM debian:12\nRUN apt-get update; apt-get install -y curl;"
        + " rm -rf /var/lib/apt/lists\n");
    rule.passes("FROM debian:13\nRUN set -eux; apt-get update; apt-get install -y x;"
        + " apt-get dist-clean\n");
    rule.passes("FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\n"
        + "rm -rf /var/lib/apt/lists/*\nEOF\n");
  }

  @Test
  void cacheMounts() {
    rule.passes("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists "
        + "--mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n");
    rule.passes("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked "
        + "apt-get update && apt-get install -y curl\n");
    rule.catches(1, "FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt "
        + "apt-get update && apt-get install -y curl\n");
  }

  @Test
  void buildStagesDoNotShip() {
    rule.passes("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\n"
        + "FROM scratch\n");
    rule.catches(1, "FROM debian:12 AS base\nRUN apt-get update\nFROM base\n");
  }
}
