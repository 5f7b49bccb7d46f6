package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s014HostIpcTest {

  private final K8s014HostIpc rule = new K8s014HostIpc();

  @Test
  void catchesTrueAtTheField() {
    assertThat(findings(rule, pod("", "hostIPC: true"))).singleElement().satisfies(f -> {
      assertThat(f.location().line()).isEqualTo(6);
      assertThat(f.location().details()).containsEntry("pointer", "/spec/hostIPC").doesNotContainKey("container");
      assertThat(f.message()).isEqualTo("the pod sets hostIPC: true");
    });
  }

  @Test
  void passesFalseAndUnset() {
    assertThat(findings(rule, pod("", "hostIPC: false"))).isEmpty();
    assertThat(findings(rule, pod("", ""))).isEmpty();
  }
}
