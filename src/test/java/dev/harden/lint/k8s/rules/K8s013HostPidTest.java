package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s013HostPidTest {

  private final K8s013HostPid rule = new K8s013HostPid();

  @Test
  void catchesTrueAtTheField() {
    assertThat(findings(rule, pod("", "hostPID: true"))).singleElement().satisfies(f -> {
      assertThat(f.location().line()).isEqualTo(6);
      assertThat(f.location().details()).containsEntry("pointer", "/spec/hostPID").doesNotContainKey("container");
      assertThat(f.message()).isEqualTo("the pod sets hostPID: true");
    });
  }

  @Test
  void passesFalseAndUnset() {
    assertThat(findings(rule, pod("", "hostPID: false"))).isEmpty();
    assertThat(findings(rule, pod("", ""))).isEmpty();
  }
}
