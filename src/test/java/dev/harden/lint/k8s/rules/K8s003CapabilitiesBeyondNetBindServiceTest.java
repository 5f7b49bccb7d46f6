package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s003CapabilitiesBeyondNetBindServiceTest {

  private final K8s003CapabilitiesBeyondNetBindService rule = new K8s003CapabilitiesBeyondNetBindService();

  @Test
  void catchesDefaultSetCapabilitiesOtherThanNetBindService() {
    var f = findings(rule, container("securityContext:\n  capabilities:\n    add: [NET_BIND_SERVICE, CHOWN, SYS_ADMIN]"));
    assertThat(f).extracting(Finding::message)
        .containsExactly("container \"app\" adds capability CHOWN (the restricted standard allows only NET_BIND_SERVICE)");
  }

  @Test
  void passesNetBindServiceAlone() {
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    add: [NET_BIND_SERVICE]"))).isEmpty();
  }
}
