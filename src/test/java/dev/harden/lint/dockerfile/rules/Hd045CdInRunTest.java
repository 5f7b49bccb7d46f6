package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd045CdInRunTest {

  private final RuleTester rule = RuleTester.of(new Hd045CdInRun());

  @Test
  void cdWithNoEffect() {
    assertThat(rule.catches("FROM nginx:1.27\nRUN cd /usr/share/nginx/html\n").get(0).message())
        .contains("has no effect");
    rule.catches("FROM nginx:1.27\nRUN apt-get install -y vim && cd /usr/share/nginx/html\n");
    rule.catches("FROM nginx:1.27\nRUN make; cd /tmp || exit 1\n");
    rule.catches("FROM nginx:1.27\nONBUILD RUN cd /app\n");
  }

  @Test
  void cdIntoALastingDirectory() {
    assertThat(rule.catches("FROM node:22\nRUN cd /app && npm ci\n").get(0).message())
        .contains("use WORKDIR /app");
    rule.catchesAtLine(
        4, "FROM node:22\nRUN set -e; \\\n    npm -v; \\\n    cd /srv/app; \\\n" + "    npm ci\n");
  }

  @Test
  void buildingInScratchDirectoriesPasses() {
    rule.passes(
        "FROM debian:12\nRUN cd /usr/src/python && ./configure && make && cd / \\\n"
            + " && rm -rf /usr/src/python\n");
    rule.passes(
        "FROM debian:12\n"
            + "RUN tmp=\"$(mktemp -d)\" && cd \"$tmp\" && make && cd / && rm -rf \"$tmp\"\n");
    rule.passes("FROM debian:12\nRUN mkdir /build && cd /build && make && cd / && rm -rf /build\n");
    rule.passes(
        "FROM debian:12\nRUN cd /tmp && curl -O https://x.example/a.tgz && tar xzf a.tgz\n");
    rule.passes("FROM debian:12\nRUN git clone https://x.example/r && cd r && make install\n");
  }

  @Test
  void subshellsLoopsAndOtherInstructionsPass() {
    rule.passes("FROM debian:12\nRUN (cd /app && make) && echo done\n");
    rule.passes("FROM debian:12\nRUN for d in a b; do cd /src/$d; make; done\n");
    rule.passes("FROM debian:12\nWORKDIR /app\nCMD cd /app && ./run\n");
    rule.passes("FROM debian:12\nRUN [\"cd\", \"/app\"]\n");
  }
}
