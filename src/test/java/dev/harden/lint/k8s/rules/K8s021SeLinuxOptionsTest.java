package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s021SeLinuxOptionsTest {

  private final K8s021SeLinuxOptions rule = new K8s021SeLinuxOptions();

  @Test
  void catchesCustomTypeUserAndRole() {
    assertThat(findings(rule, container("securityContext:\n  seLinuxOptions: {type: spc_t, user: system_u, role: r}")))
        .extracting(Finding::message).containsExactlyInAnyOrder(
            "container \"app\" sets SELinux type spc_t",
            "container \"app\" sets SELinux user system_u",
            "container \"app\" sets SELinux role r");
  }

  @Test
  void passesContainerTypesAndLevels() {
    assertThat(findings(rule, container("securityContext:\n  seLinuxOptions: {type: container_t, level: \"s0:c123,c456\"}"))).isEmpty();
  }
}
