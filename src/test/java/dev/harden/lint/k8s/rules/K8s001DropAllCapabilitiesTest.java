package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class K8s001DropAllCapabilitiesTest {

  private final K8s001DropAllCapabilities rule = new K8s001DropAllCapabilities();

  @Test
  void catchesAContainerThatDropsNothingAtTheContainer() {
    List<Finding> f = findings(rule, container(""));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(7);
      assertThat(x.location().column()).isEqualTo(5);
      assertThat(x.location().details()).containsEntry("container", "app").containsEntry("object", "Pod/p");
      assertThat(x.message()).isEqualTo("container \"app\" does not drop ALL capabilities");
    });
    assertThat(pointers(f)).containsExactly("/spec/containers/0/securityContext/capabilities/drop");
  }

  @Test
  void catchesAPartialDropAtTheDropList() {
    List<Finding> f = findings(rule, container("securityContext:\n  capabilities:\n    drop: [NET_RAW]"));
    assertThat(f).singleElement().satisfies(x -> assertThat(x.location().line()).isEqualTo(11));
  }

  @Test
  void passesDropAllInAnyCaseAndWithCapPrefix() {
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    drop: [ALL]"))).isEmpty();
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    drop: [all]"))).isEmpty();
    assertThat(findings(rule, container("securityContext:\n  capabilities:\n    drop: [CAP_ALL]"))).isEmpty();
  }

  @Test
  void checksInitAndEphemeralContainersToo() {
    String yaml = RuleTester.pod("securityContext: {capabilities: {drop: [ALL]}}",
        "initContainers:\n- name: init\nephemeralContainers:\n- name: debug");
    assertThat(findings(rule, yaml)).extracting(Finding::message)
        .containsExactly("init container \"init\" does not drop ALL capabilities",
            "ephemeral container \"debug\" does not drop ALL capabilities");
  }
}
