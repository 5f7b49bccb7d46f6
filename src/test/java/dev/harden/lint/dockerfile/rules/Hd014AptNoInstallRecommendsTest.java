package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd014AptNoInstallRecommendsTest {

  private final RuleTester rule = RuleTester.of(new Hd014AptNoInstallRecommends());

  @Test
  void installWithoutTheFlag() {
    rule.catches(1, "FROM node:12\nRUN apt-get install -y python=2.7\n");
    rule.catches(1, "FROM node:12\nRUN [\"apt-get\", \"install\", \"-y\", \"apt-utils\"]\n");
    rule.catches(1, "FROM debian:12\nRUN sudo apt-get install -y curl\n");
  }

  @Test
  void theFlagAnywhereOrTheOption() {
    rule.passes("FROM node:12\nRUN apt-get --no-install-recommends install -fmy apt-utils\n");
    rule.passes("FROM debian:11-slim\nRUN apt-get update && apt-get install -y tzdata "
        + "--no-install-recommends && rm -rf /var/lib/apt/lists/*\n");
    rule.passes("FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y a\n");
    rule.passes("FROM debian:12\n"
        + "RUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends\n"
        + "RUN apt-get install -y curl\n");
  }

  @Test
  void onlyTheFinalImageIsJudged() {
    String df = "FROM debian:12 AS build\nRUN apt-get install -y gcc\n"
        + "FROM gcr.io/distroless/cc-debian12\n";
    rule.passes(df);
    rule.target("build").catches(1, df);
  }
}
