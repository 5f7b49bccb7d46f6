package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s020AppArmorUnconfinedTest {

  private final K8s020AppArmorUnconfined rule = new K8s020AppArmorUnconfined();

  @Test
  void catchesUnconfinedFieldsAndAnnotations() {
    assertThat(findings(rule, container("securityContext:\n  appArmorProfile: {type: Unconfined}")))
        .extracting(Finding::message).containsExactly("container \"app\" runs AppArmor unconfined");
    String annotated = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata:\n"
        + "      annotations:\n        container.apparmor.security.beta.kubernetes.io/app: unconfined\n"
        + "    spec:\n      containers:\n      - name: app\n";
    assertThat(findings(rule, annotated)).singleElement()
        .satisfies(f -> assertThat(f.location().details())
            .containsEntry("pointer", "/spec/template/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app"));
  }

  @Test
  void passesRuntimeDefaultAndLocalhost() {
    assertThat(findings(rule, container("securityContext:\n  appArmorProfile: {type: RuntimeDefault}"))).isEmpty();
    assertThat(findings(rule, container("securityContext:\n  appArmorProfile: {type: Localhost, localhostProfile: k8s-app}"))).isEmpty();
  }
}
