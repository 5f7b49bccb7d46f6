package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s007RootGroupTest {

  private final K8s007RootGroup rule = new K8s007RootGroup();

  @Test
  void catchesEveryWayToGetGroupZero() {
    var f = findings(rule, pod("securityContext:\n  runAsGroup: 0",
        "securityContext:\n  fsGroup: 0\n  supplementalGroups: [10, 0]"));
    assertThat(pointers(f)).containsExactlyInAnyOrder(
        "/spec/containers/0/securityContext/runAsGroup",
        "/spec/securityContext/fsGroup",
        "/spec/securityContext/supplementalGroups/1");
  }

  @Test
  void passesNonZeroGroups() {
    assertThat(findings(rule, pod("", "securityContext:\n  runAsGroup: 1000\n  fsGroup: 2000"))).isEmpty();
    assertThat(findings(rule, container(""))).isEmpty();
  }
}
