package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s022WindowsHostProcessTest {

  private final K8s022WindowsHostProcess rule = new K8s022WindowsHostProcess();

  @Test
  void catchesHostProcessOnceWherever() {
    assertThat(findings(rule, pod("", "securityContext:\n  windowsOptions: {hostProcess: true}")))
        .extracting(Finding::message).containsExactly("the pod runs as a Windows HostProcess");
    assertThat(findings(rule, container("securityContext:\n  windowsOptions: {hostProcess: true}")))
        .extracting(Finding::message).containsExactly("container \"app\" runs as a Windows HostProcess");
    assertThat(findings(rule, container("securityContext:\n  windowsOptions: {hostProcess: false}"))).isEmpty();
  }
}
