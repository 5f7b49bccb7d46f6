package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s002DangerousCapabilitiesTest {

  private final K8s002DangerousCapabilities rule = new K8s002DangerousCapabilities();

  @Test
  void catchesEachCapabilityBeyondTheDefaultSetAtItsItem() {
    var f = findings(rule, container("securityContext:\n  capabilities:\n    add:\n    - SYS_ADMIN\n    - CHOWN\n    - cap_net_raw"));
    assertThat(pointers(f)).containsExactly(
        "/spec/containers/0/securityContext/capabilities/add/0",
        "/spec/containers/0/securityContext/capabilities/add/2");
    assertThat(f).extracting(Finding::message).first().asString()
        .startsWith("container \"app\" adds capability SYS_ADMIN (");
    assertThat(f.get(0).location().line()).isEqualTo(12);
  }

  @Test
  void passesTheDefaultSet() {
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    add: [NET_BIND_SERVICE, CHOWN, SETUID]"))).isEmpty();
    assertThat(findings(rule, container(""))).isEmpty();
  }
}
