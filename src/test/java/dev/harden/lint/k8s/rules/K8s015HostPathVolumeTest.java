package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s015HostPathVolumeTest {

  private final K8s015HostPathVolume rule = new K8s015HostPathVolume();

  @Test
  void catchesOrdinaryHostPaths() {
    var f = findings(rule, pod("", "volumes:\n- name: logs\n  hostPath: {path: /var/log/app}\n- name: cfg\n  configMap: {name: c}"));
    assertThat(pointers(f)).containsExactly("/spec/volumes/0/hostPath");
  }

  @Test
  void leavesSensitivePathsToK8s016() {
    assertThat(findings(rule, pod("", "volumes:\n- name: s\n  hostPath: {path: /var/run/docker.sock}"))).isEmpty();
  }
}
