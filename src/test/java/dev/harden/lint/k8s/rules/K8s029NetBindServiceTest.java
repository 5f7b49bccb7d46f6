package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s029NetBindServiceTest {

  private final K8s029NetBindService rule = new K8s029NetBindService();

  @Test
  void catchesNetBindServiceOnly() {
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    add: [NET_BIND_SERVICE, CHOWN]"))).hasSize(1);
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    add: [CHOWN]"))).isEmpty();
  }
}
