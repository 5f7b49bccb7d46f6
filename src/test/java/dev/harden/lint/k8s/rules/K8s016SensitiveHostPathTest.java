package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s016SensitiveHostPathTest {

  private final K8s016SensitiveHostPath rule = new K8s016SensitiveHostPath();

  @Test
  void catchesRuntimeSocketsAndSystemDirectories() {
    var f = findings(rule, pod("", "volumes:\n- name: a\n  hostPath: {path: /run/containerd/containerd.sock}\n"
        + "- name: b\n  hostPath: {path: /etc/}\n- name: c\n  hostPath: {path: /sys/fs/cgroup}\n"
        + "- name: d\n  hostPath: {path: /var/log}"));
    assertThat(f).extracting(Finding::message).containsExactly(
        "volume \"a\" mounts host path /run/containerd/containerd.sock (the container runtime's API socket: full control of the node)",
        "volume \"b\" mounts host path /etc/ (a system directory of the node)",
        "volume \"c\" mounts host path /sys/fs/cgroup (inside /sys on the node)");
  }
}
