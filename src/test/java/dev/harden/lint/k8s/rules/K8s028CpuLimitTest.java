package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s028CpuLimitTest {

  private final K8s028CpuLimit rule = new K8s028CpuLimit();

  @Test
  void catchesMissingCpuLimitsExceptOnEphemeralContainers() {
    assertThat(findings(rule, container("resources:\n  limits:\n    memory: 64Mi"))).hasSize(1);
    assertThat(findings(rule, container("resources:\n  limits:\n    cpu: 500m"))).isEmpty();
    String ephemeral = RuleTester.pod("resources: {limits: {cpu: 1}}", "ephemeralContainers:\n- name: debug");
    assertThat(findings(rule, ephemeral)).isEmpty();
  }
}
