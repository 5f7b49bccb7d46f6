package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s008AllowPrivilegeEscalationTest {

  private final K8s008AllowPrivilegeEscalation rule = new K8s008AllowPrivilegeEscalation();

  @Test
  void catchesTheDefaultAndAnExplicitTrue() {
    assertThat(findings(rule, container(""))).extracting(Finding::message)
        .containsExactly("container \"app\" allows privilege escalation (the default)");
    assertThat(findings(rule, container("securityContext:\n  allowPrivilegeEscalation: yes")))
        .extracting(Finding::message)
        .containsExactly("container \"app\" sets allowPrivilegeEscalation: true");
  }

  @Test
  void passesFalse() {
    assertThat(findings(rule, container("securityContext:\n  allowPrivilegeEscalation: false"))).isEmpty();
  }
}
