package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s025ImageDigestTest {

  private final K8s025ImageDigest rule = new K8s025ImageDigest();

  private static String image(String image) {
    return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: " + image + "\n";
  }

  @Test
  void catchesTaggedImagesWithoutDigest() {
    assertThat(findings(rule, image("registry.k8s.io/pause:3.10"))).hasSize(1);
  }

  @Test
  void leavesUntaggedAndLatestToK8s024AndPassesDigests() {
    assertThat(findings(rule, image("nginx"))).isEmpty();
    assertThat(findings(rule, image("nginx:latest"))).isEmpty();
    assertThat(findings(rule, image("nginx:1.27@sha256:abc"))).isEmpty();
  }
}
