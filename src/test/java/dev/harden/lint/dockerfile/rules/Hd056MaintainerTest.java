package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd056MaintainerTest {

  private final RuleTester rule = RuleTester.of(new Hd056Maintainer());

  @Test
  void maintainer() {
    assertThat(
            rule.catches(
                    "FROM busybox:1.36\nUSER mike\n"
                        + "MAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>\n")
                .get(0)
                .message())
        .contains(
            "LABEL org.opencontainers.image.authors=\"Lukas Martinelli <me@lukasmartinelli.ch>\"");
    rule.catches(2, "FROM fedora:40\nmaintainer a@example.com\nFROM fedora:40\nMAINTAINER b\n");
  }

  @Test
  void labelPasses() {
    rule.passes("FROM fedora:40\nLABEL org.opencontainers.image.authors=\"a@example.com\"\n");
  }
}
