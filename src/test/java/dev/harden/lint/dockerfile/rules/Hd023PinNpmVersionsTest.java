package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd023PinNpmVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd023PinNpmVersions());

  @Test
  void unpinnedPackages() {
    assertThat(rule.catches(1, "FROM node:20\nRUN npm install -g typescript\n").get(0).message())
        .contains("write typescript@<version>");
    rule.catches(1, "FROM node:20\nRUN npm i express @types/node\n");
    rule.catches(1, "FROM node:20\nRUN npm install -g npm@latest\n");
    rule.catches(1, "FROM node:20\nRUN npm install git+https://github.com/o/r.git\n");
  }

  @Test
  void lockFilesVersionsAndLocalSources() {
    rule.passes("FROM node:20\nRUN npm ci --omit=dev\n");
    rule.passes("FROM node:20\nRUN npm install\n");
    rule.passes("FROM node:20\nRUN npm install --omit dev --prefix /app\n");
    rule.passes("FROM node:20\nRUN npm install -g typescript@5.4.5 @scope/pkg@1.2.3\n");
    rule.passes("FROM node:20\nRUN npm install ./pkg /tmp/x.tgz git+https://github.com/o/r#v1\n");
  }
}
