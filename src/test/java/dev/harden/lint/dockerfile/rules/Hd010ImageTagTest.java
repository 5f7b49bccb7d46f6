package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd010ImageTagTest {

  private final RuleTester rule = RuleTester.of(new Hd010ImageTag());

  @Test
  void untaggedImagesInEveryStage() {
    assertThat(rule.catches(1, "FROM openjdk\n").get(0).message()).contains("openjdk has no tag");
    rule.catches(1, "FROM test.registry.com:3000/openjdk\n");
    rule.catches(2, "FROM golang AS build\nFROM alpine\n");
  }

  @Test
  void taggedDigestedScratchAndStagesPass() {
    rule.passes("FROM openjdk:8u292-oracle\n");
    rule.passes("FROM test.registry.com:3000/openjdk:17\n");
    rule.passes("FROM alpine@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    rule.passes("FROM scratch\n");
    rule.passes("FROM node:14.18.1-bullseye AS deps\nFROM deps AS build\n");
  }

  @Test
  void variablesAreFollowedAsFarAsTheFileAllows() {
    rule.passes("ARG IMAGE=alpine:3.12\nFROM $IMAGE\n");
    rule.catches(1, "ARG IMAGE=all-in-one\nFROM $IMAGE\n");
    // a global ARG without default: the tag part is still visible, or visibly missing
    rule.passes("ARG TAG\nFROM foo:${TAG}\n");
    rule.passes("ARG BASE_IMAGE\nFROM $BASE_IMAGE\n");
    rule.catches(1, "ARG REGISTRY\nFROM ${REGISTRY}/ubuntu\n");
    rule.catches(1, "ARG TAG\nFROM alpine$TAG\n");
  }

  @Test
  void repositoriesWithoutVersionTagsAreLeftToDigestPinning() {
    rule.passes("FROM gcr.io/distroless/static-debian12\n");
    rule.passes("FROM cgr.dev/chainguard/static\n");
  }
}
