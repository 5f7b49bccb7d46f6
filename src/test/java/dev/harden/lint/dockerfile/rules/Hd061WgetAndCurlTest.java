package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd061WgetAndCurlTest {

  private final RuleTester rule = RuleTester.of(new Hd061WgetAndCurl());

  @Test
  void bothToolsInOneStage() {
    assertThat(
            rule.catches("FROM debian:12\nRUN wget http://bing.com\nRUN curl http://google.com\n")
                .get(0)
                .message())
        .contains("wget (line 2)")
        .contains("and curl");
    rule.catchesAtLine(3, "FROM debian:12\nRUN wget http://a\nRUN [\"curl\", \"http://b\"]\n");
    rule.catches(1, "FROM debian:12\nRUN curl a && wget b && curl c && wget d\n");
  }

  @Test
  void oneToolPerStageOrOnlyInstalledPasses() {
    rule.passes("FROM debian:12\nRUN curl http://bing.com\nRUN curl http://google.com\n");
    rule.passes(
        "FROM debian:12\nRUN curl http://bing.com\nRUN apt-get update && apt-get install wget\n");
    rule.passes(
        "FROM alpine:3.20\nRUN wget http://google.com\nFROM alpine:3.20\nRUN curl http://b\n");
  }
}
