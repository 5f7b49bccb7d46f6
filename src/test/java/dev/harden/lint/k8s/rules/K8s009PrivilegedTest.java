package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s009PrivilegedTest {

  private final K8s009Privileged rule = new K8s009Privileged();

  @Test
  void catchesPrivilegedAtTheField() {
    assertThat(findings(rule, container("securityContext:\n  privileged: true"))).singleElement()
        .satisfies(f -> {
          assertThat(f.location().line()).isEqualTo(10);
          assertThat(f.message()).isEqualTo("container \"app\" is privileged");
        });
  }

  @Test
  void passesUnsetAndFalse() {
    assertThat(findings(rule, container(""))).isEmpty();
    assertThat(findings(rule, container("securityContext:\n  privileged: false"))).isEmpty();
  }
}
