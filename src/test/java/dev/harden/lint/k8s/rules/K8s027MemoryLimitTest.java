package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s027MemoryLimitTest {

  private final K8s027MemoryLimit rule = new K8s027MemoryLimit();

  @Test
  void catchesMissingMemoryLimits() {
    assertThat(findings(rule, container(""))).hasSize(1);
    assertThat(findings(rule, container("resources:\n  limits:\n    cpu: 100m\n  requests:\n    memory: 64Mi"))).hasSize(1);
    assertThat(findings(rule, container("resources:\n  limits:\n    memory:"))).hasSize(1);
    assertThat(findings(rule, container("resources:\n  limits:\n    memory: 128Mi"))).isEmpty();
  }
}
