package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s017HostPortTest {

  private final K8s017HostPort rule = new K8s017HostPort();

  @Test
  void catchesHostPortsButNotZero() {
    var f = findings(rule, container("ports:\n- containerPort: 80\n  hostPort: 8080\n- containerPort: 81\n  hostPort: 0"));
    assertThat(pointers(f)).containsExactly("/spec/containers/0/ports/0/hostPort");
    assertThat(findings(rule, container("ports:\n- containerPort: 80"))).isEmpty();
  }
}
