package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s018ProcMountTest {

  private final K8s018ProcMount rule = new K8s018ProcMount();

  @Test
  void catchesUnmasked() {
    assertThat(findings(rule, container("securityContext:\n  procMount: Unmasked"))).hasSize(1);
    assertThat(findings(rule, container("securityContext:\n  procMount: Default"))).isEmpty();
    assertThat(findings(rule, container(""))).isEmpty();
  }
}
