package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s005RunAsNonRootTest {

  private final K8s005RunAsNonRoot rule = new K8s005RunAsNonRoot();

  @Test
  void catchesMissingAndFalse() {
    assertThat(findings(rule, container(""))).extracting(Finding::message)
        .containsExactly("container \"app\" may run as root: runAsNonRoot is not set");
    assertThat(findings(rule, container("securityContext:\n  runAsNonRoot: false"))).extracting(Finding::message)
        .containsExactly("container \"app\" sets runAsNonRoot: false");
  }

  @Test
  void thePodLevelSettingCountsAndTheContainerWins() {
    assertThat(findings(rule, pod("", "securityContext:\n  runAsNonRoot: true"))).isEmpty();
    assertThat(findings(rule, pod("securityContext:\n  runAsNonRoot: false", "securityContext:\n  runAsNonRoot: true")))
        .hasSize(1);
    assertThat(findings(rule, pod("securityContext:\n  runAsNonRoot: true", "securityContext:\n  runAsNonRoot: false")))
        .isEmpty();
  }

  @Test
  void aPodLevelFalseIsReportedOnceForAllContainers() {
    String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: false}\n"
        + "  containers:\n  - name: a\n  - name: b\n";
    assertThat(findings(rule, yaml)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("the pod sets runAsNonRoot: false");
      assertThat(f.location().details()).doesNotContainKey("container");
    });
  }
}
