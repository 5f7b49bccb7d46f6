package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class YarnCacheCleanFixTest {

  private final FixTester tester = FixTester.of(new YarnCacheCleanFix());

  @Test
  void appendsTheCleanup() {
    tester.fixes("FROM node:20\nRUN yarn install --frozen-lockfile\n",
        "FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n");
  }

  @Test
  void leavesCleanedRunsAlone() {
    tester.unchanged("FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n");
    tester.unchanged("FROM node:20\nRUN --mount=type=cache,target=/var/cache yarn install --frozen-lockfile\n");
  }
}
