package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s024ImageLatestTagTest {

  private final K8s024ImageLatestTag rule = new K8s024ImageLatestTag();

  private static String image(String image) {
    return "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: app\n    image: " + image + "\n";
  }

  @Test
  void catchesLatestAndMissingTags() {
    assertThat(findings(rule, image("nginx"))).hasSize(1);
    assertThat(findings(rule, image("nginx:latest"))).hasSize(1);
    assertThat(findings(rule, image("localhost:5000/team/app"))).hasSize(1);
  }

  @Test
  void passesVersionsAndDigests() {
    assertThat(findings(rule, image("nginx:1.27"))).isEmpty();
    assertThat(findings(rule, image("nginx:latest@sha256:abc"))).isEmpty();
    assertThat(findings(rule, image("localhost:5000/app@sha256:abc"))).isEmpty();
  }
}
