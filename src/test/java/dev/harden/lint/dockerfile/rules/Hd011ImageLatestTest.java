package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd011ImageLatestTest {

  private final RuleTester rule = RuleTester.of(new Hd011ImageLatest());

  @Test
  void latestInAnyStage() {
    rule.catches(1, "FROM debian:latest\n");
    rule.catches(1, "FROM test.registry.com:3000/openjdk:latest\n");
    rule.catches(1, "FROM node:14.18.1-bullseye AS deps\nFROM alpine:latest\n");
  }

  @Test
  void otherTagsAndDigestsPass() {
    rule.passes("FROM debian:9\n");
    rule.passes("FROM alpine\n");
    rule.passes("FROM alpine:latest@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    rule.passes("FROM gcr.io/distroless/static-debian12:latest\n");
  }

  @Test
  void latestThroughVariables() {
    rule.catches(1, "ARG TAG=\"latest\"\nFROM foo:${TAG}\n");
    rule.catches(1, "ARG REPO=repo\nARG IMAGE=image\nFROM $REPO/$IMAGE:latest\n");
    rule.catchesAtLine(3, "ARG TAG=test\nFROM foo:${TAG}\nFROM bar:latest\n");
    rule.passes("ARG TAG\nFROM foo:${TAG}\n");
  }
}
