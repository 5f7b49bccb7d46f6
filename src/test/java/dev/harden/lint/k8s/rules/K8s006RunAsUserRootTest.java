package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s006RunAsUserRootTest {

  private final K8s006RunAsUserRoot rule = new K8s006RunAsUserRoot();

  @Test
  void catchesUidZeroInTheContainerOrInheritedFromThePod() {
    assertThat(findings(rule, container("securityContext:\n  runAsUser: 0"))).extracting(Finding::message)
        .containsExactly("container \"app\" sets runAsUser: 0 (root)");
    assertThat(findings(rule, pod("", "securityContext:\n  runAsUser: 0"))).extracting(Finding::message)
        .containsExactly("the pod sets runAsUser: 0 (root)");
  }

  @Test
  void passesNonZeroOrOverriddenUids() {
    assertThat(findings(rule, container("securityContext:\n  runAsUser: 1000"))).isEmpty();
    assertThat(findings(rule, pod("securityContext:\n  runAsUser: 10001", "securityContext:\n  runAsUser: 0"))).isEmpty();
    assertThat(findings(rule, container(""))).isEmpty();
  }
}
