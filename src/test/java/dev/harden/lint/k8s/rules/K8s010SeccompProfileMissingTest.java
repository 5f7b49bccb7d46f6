package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s010SeccompProfileMissingTest {

  private final K8s010SeccompProfileMissing rule = new K8s010SeccompProfileMissing();

  @Test
  void catchesNoProfileAnywhere() {
    assertThat(findings(rule, container(""))).hasSize(1);
    assertThat(findings(rule, container("securityContext:\n  seccompProfile: {}"))).hasSize(1);
  }

  @Test
  void passesAnyProfileSetAtPodContainerOrByAnnotation() {
    assertThat(findings(rule, pod("", "securityContext:\n  seccompProfile: {type: RuntimeDefault}"))).isEmpty();
    assertThat(findings(rule, container("securityContext:\n  seccompProfile:\n    type: Localhost\n    localhostProfile: p.json"))).isEmpty();
    String annotated = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n"
        + "    seccomp.security.alpha.kubernetes.io/pod: runtime/default\nspec:\n  containers:\n  - name: app\n";
    assertThat(findings(rule, annotated)).isEmpty();
    // an explicit Unconfined is K8S011's
    assertThat(findings(rule, container("securityContext:\n  seccompProfile: {type: Unconfined}"))).isEmpty();
  }
}
