package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hd002LeanBaseVariantTest {

  private final RuleTester rule = RuleTester.of(new Hd002LeanBaseVariant());

  @Test
  void fullVariantNamesTheLeanOnesOfTheSameVersion() {
    List<Finding> f = rule.catches(1, "FROM node:20-bookworm\nCMD [\"node\", \"app.js\"]\n");
    assertThat(f.get(0).message()).isEqualTo("node:20-bookworm is the full variant:"
        + " node:20-bookworm-slim, node:20-alpine or gcr.io/distroless/nodejs20-debian12 runs"
        + " the same version with far fewer packages");
    rule.catches(1, "FROM python:3.14-trixie\n");
    rule.catches(1, "FROM docker.io/library/debian:bookworm\n");
  }

  @Test
  void leanVariantsPass() {
    rule.passes("FROM node:20-slim\n");
    rule.passes("FROM python:3.14-slim-trixie\n");
    rule.passes("FROM python:3.14.6-alpine@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
    rule.passes("FROM eclipse-temurin:21-jre-alpine\n");
    rule.passes("FROM gcr.io/distroless/nodejs22-debian13\n");
    rule.passes("FROM scratch\n");
  }

  @Test
  void unknownImagesAndImagesWithoutVariantsPass() {
    rule.passes("FROM ubuntu:24.04\n");
    rule.passes("FROM myorg/node:20\n");
    rule.passes("FROM php:8.3-apache\n");
  }

  @Test
  void onlyTheFinalImageIsJudged() {
    rule.passes("FROM node:20 AS build\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /a /a\n");
    List<Finding> f = rule.catches(1, "FROM node:20 AS base\nFROM base\nUSER node\n");
    assertThat(f.get(0).location().line()).isEqualTo(1);
    rule.target("build").catches(1, "FROM node:20 AS build\nFROM node:20-slim\n");
  }

  @Test
  void buildImagesPointAtARuntimeImage() {
    List<Finding> f = rule.catches(1, "FROM golang:1.22\nRUN go build -o /app .\n");
    assertThat(f.get(0).message()).contains("golang:1.22 is a build image")
        .contains("gcr.io/distroless/static-debian13");
    assertThat(rule.catches(1, "FROM maven:3.9-eclipse-temurin-21\n").get(0).message())
        .contains("eclipse-temurin:21-jre");
  }

  @Test
  void theFromWordIsResolvedThroughArgs() {
    assertThat(rule.catches(1, "ARG V=20\nFROM node:${V}\n").get(0).message())
        .startsWith("node:20 is the full variant");
  }
}
