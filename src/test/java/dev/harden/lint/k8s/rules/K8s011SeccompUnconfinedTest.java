package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s011SeccompUnconfinedTest {

  private final K8s011SeccompUnconfined rule = new K8s011SeccompUnconfined();

  @Test
  void catchesUnconfinedAndUnknownProfiles() {
    assertThat(findings(rule, container("securityContext:\n  seccompProfile: {type: Unconfined}")))
        .extracting(Finding::message).containsExactly("container \"app\" runs seccomp Unconfined");
    assertThat(findings(rule, pod("", "securityContext:\n  seccompProfile: {type: custom}")))
        .extracting(Finding::message).containsExactly("the pod sets an unknown seccomp profile 'custom'");
  }

  @Test
  void aContainerProfileOverridesThePodsAndFieldsOverrideAnnotations() {
    assertThat(findings(rule, pod("securityContext:\n  seccompProfile: {type: RuntimeDefault}",
        "securityContext:\n  seccompProfile: {type: Unconfined}"))).isEmpty();
    String annotated = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n"
        + "    container.seccomp.security.alpha.kubernetes.io/app: unconfined\nspec:\n  containers:\n  - name: app\n";
    assertThat(findings(rule, annotated)).singleElement().satisfies(f -> {
      assertThat(f.location().line()).isEqualTo(6);
      assertThat(f.location().details()).containsEntry("container", "app");
    });
    assertThat(findings(rule, annotated.replace("  containers:", "  securityContext: {seccompProfile: {type: RuntimeDefault}}\n  containers:")))
        .isEmpty();
  }
}
