package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd038YarnCacheCleanTest {

  private final RuleTester rule = RuleTester.of(new Hd038YarnCacheClean());

  @Test
  void installWithoutCacheClean() {
    rule.catches(1, "FROM node:20\nRUN yarn install --frozen-lockfile\n");
    rule.catches(1, "FROM node:20\nRUN yarn\n");
    rule.catches(1, "FROM node:20\nRUN yarn cache clean && yarn install\n");
  }

  @Test
  void cleanedOrCached() {
    rule.passes("FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n");
    rule.passes("FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn"
        + " yarn install\n");
    rule.passes("FROM node:20\nRUN yarn --version && yarn build\n");
  }

  @Test
  void buildStagesDoNotShip() {
    rule.passes("FROM node:20 AS build\nRUN yarn install\nFROM node:20-slim\n");
  }
}
