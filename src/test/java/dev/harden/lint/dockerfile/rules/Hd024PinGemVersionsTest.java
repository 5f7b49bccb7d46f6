package dev.harden.lint.dockerfile.rules;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd024PinGemVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd024PinGemVersions());

  @Test
  void unpinnedGems() {
    rule.catches(1, "FROM ruby:3.3\nRUN gem install bundler\n");
    rule.catches(1, "FROM ruby:3.3\nRUN gem i rails:7.1.3 puma --no-document\n");
  }

  @Test
  void versions() {
    rule.passes("FROM ruby:3.3\nRUN gem install bundler -v 2.5.10\n");
    rule.passes("FROM ruby:3.3\nRUN gem install bundler --version '~> 2.5'\n");
    rule.passes("FROM ruby:3.3\nRUN gem install bundler --version=2.5.10\n");
    rule.passes("FROM ruby:3.3\nRUN gem install rails:7.1.3 puma:6.4.2 ./local.gem\n");
    rule.passes("FROM ruby:3.3\nRUN gem update --system\n");
  }
}
