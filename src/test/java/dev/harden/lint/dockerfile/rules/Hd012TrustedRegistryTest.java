package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.LintSettings;
import dev.harden.lint.dockerfile.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hd012TrustedRegistryTest {

  private final RuleTester rule = RuleTester.of(new Hd012TrustedRegistry());

  private RuleTester trusting(String... registries) {
    return rule.with(new LintSettings(Set.of(), Map.of(), List.of(registries)));
  }

  @Test
  void silentWithoutConfiguration() {
    rule.passes("FROM ghcr.io/acme/app:1\n");
  }

  @Test
  void imagesFromOtherRegistries() {
    RuleTester r = trusting("registry.acme.com");
    assertThat(r.catches(1, "FROM node:20\n").get(0).message())
        .contains("docker.io").contains("registry.acme.com");
    r.passes("FROM registry.acme.com/base/node:20\n");
    r.passes("FROM scratch\n");
    r.passes("FROM registry.acme.com/go:1 AS b\nFROM b\n");
  }

  @Test
  void copyFromAndMountFromImagesCountToo() {
    RuleTester r = trusting("registry.acme.com");
    r.catchesAtLine(2, "FROM registry.acme.com/debian:12\nCOPY --from=nginx:1.27 /etc/nginx /x\n");
    r.catchesAtLine(2, "FROM registry.acme.com/debian:12\n"
        + "RUN --mount=from=ghcr.io/x/tools:1,target=/t /t/run\n");
  }

  @Test
  void dockerHubSpellingsAndWildcards() {
    trusting("docker.io").passes("FROM index.docker.io/library/node:20\n");
    trusting("hub.docker.com").passes("FROM node:20\n");
    RuleTester wild = trusting("*.acme.com");
    wild.passes("FROM eu.registry.acme.com/node:20\n");
    wild.catches(1, "FROM acme.com.evil.io/node:20\n");
  }
}
