package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.Finding;
import org.junit.jupiter.api.Test;

class K8s023RestrictedVolumeTypesTest {

  private final K8s023RestrictedVolumeTypes rule = new K8s023RestrictedVolumeTypes();

  @Test
  void catchesNonCoreTypesButNotHostPath() {
    var f = findings(rule, pod("", "volumes:\n- {name: a, nfs: {server: s, path: /}}\n- {name: b, emptyDir: {}}\n"
        + "- {name: c, hostPath: {path: /data}}\n- {name: d, projected: {sources: []}}"));
    assertThat(f).extracting(Finding::message).containsExactly("volume \"a\" uses the nfs volume type");
  }
}
