package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s012HostNetworkTest {

  private final K8s012HostNetwork rule = new K8s012HostNetwork();

  @Test
  void catchesTrueAtTheField() {
    assertThat(findings(rule, pod("", "hostNetwork: true"))).singleElement().satisfies(f -> {
      assertThat(f.location().line()).isEqualTo(6);
      assertThat(f.location().details()).containsEntry("pointer", "/spec/hostNetwork").doesNotContainKey("container");
      assertThat(f.message()).isEqualTo("the pod sets hostNetwork: true");
    });
  }

  @Test
  void passesFalseAndUnset() {
    assertThat(findings(rule, pod("", "hostNetwork: false"))).isEmpty();
    assertThat(findings(rule, pod("", ""))).isEmpty();
  }
}
