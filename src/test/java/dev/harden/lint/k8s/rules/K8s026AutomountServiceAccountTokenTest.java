package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s026AutomountServiceAccountTokenTest {

  private final K8s026AutomountServiceAccountToken rule = new K8s026AutomountServiceAccountToken();

  @Test
  void catchesUnsetAtThePodSpecAndTrueAtTheField() {
    var unset = findings(rule, pod("", ""));
    assertThat(pointers(unset)).containsExactly("/spec/automountServiceAccountToken");
    assertThat(unset.get(0).location().line()).isEqualTo(6);
    assertThat(findings(rule, pod("", "automountServiceAccountToken: true"))).hasSize(1);
    assertThat(findings(rule, pod("", "automountServiceAccountToken: false"))).isEmpty();
  }
}
