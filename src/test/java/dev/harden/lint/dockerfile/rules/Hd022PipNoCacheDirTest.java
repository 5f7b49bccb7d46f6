package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd022PipNoCacheDirTest {

  private final RuleTester rule = RuleTester.of(new Hd022PipNoCacheDir());

  @Test
  void installKeepingTheCache() {
    rule.catches(1, "FROM python:3.12\nRUN pip install -r requirements.txt\n");
    rule.catches(1, "FROM python:3.12\nRUN python -m pip install flask==3.0.3\n");
  }

  @Test
  void everyWayToAvoidTheCache() {
    rule.passes("FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n");
    rule.passes("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r r.txt\n");
    rule.passes("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=true pip install -r r.txt\n");
    rule.passes("FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=1 && pip install -r r.txt\n");
    rule.passes("FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip "
        + "pip install -r r.txt\n");
    rule.passes("FROM python:3.12\nRUN pip install -r r.txt && rm -rf /root/.cache/pip\n");
    rule.passes("FROM python:3.12\nRUN pip install -r r.txt && pip cache purge\n");
  }

  @Test
  void anEnvFromTheBaseStageCarriesOver() {
    rule.passes("FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=on\nFROM base\n"
        + "RUN pip install -r r.txt\n");
  }

  @Test
  void buildStagesDoNotShip() {
    rule.passes("FROM python:3.12 AS build\nRUN pip install -r r.txt\n"
        + "FROM gcr.io/distroless/python3-debian12\n");
  }
}
