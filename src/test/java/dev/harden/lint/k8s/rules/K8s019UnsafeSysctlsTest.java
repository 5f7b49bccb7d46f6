package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s019UnsafeSysctlsTest {

  private final K8s019UnsafeSysctls rule = new K8s019UnsafeSysctls();

  @Test
  void catchesOnlyTheUnsafeOnes() {
    var f = findings(rule, pod("", "securityContext:\n  sysctls:\n  - {name: net.ipv4.ip_unprivileged_port_start, value: \"0\"}\n"
        + "  - {name: kernel.msgmax, value: \"65536\"}"));
    assertThat(f).extracting(Finding::message).containsExactly("the pod sets unsafe sysctl kernel.msgmax");
  }
}
