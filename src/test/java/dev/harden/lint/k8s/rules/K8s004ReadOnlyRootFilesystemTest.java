package dev.harden.lint.k8s.rules;

import static dev.harden.lint.k8s.rules.RuleTester.container;
import static dev.harden.lint.k8s.rules.RuleTester.findings;
import static dev.harden.lint.k8s.rules.RuleTester.pointers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class K8s004ReadOnlyRootFilesystemTest {

  private final K8s004ReadOnlyRootFilesystem rule = new K8s004ReadOnlyRootFilesystem();

  @Test
  void catchesMissingAtTheContainerAndFalseAtTheField() {
    assertThat(findings(rule, container(""))).singleElement()
        .satisfies(f -> assertThat(f.location().line()).isEqualTo(7));
    var f = findings(rule, container("securityContext:\n  readOnlyRootFilesystem: false"));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(10);
      assertThat(x.location().column()).isEqualTo(7);
    });
    assertThat(pointers(f)).containsExactly("/spec/containers/0/securityContext/readOnlyRootFilesystem");
  }

  @Test
  void passesTrueButNotAQuotedString() {
    assertThat(findings(rule, container("securityContext:\n  readOnlyRootFilesystem: true"))).isEmpty();
    assertThat(findings(rule, container("securityContext:\n  readOnlyRootFilesystem: \"true\""))).hasSize(1);
  }

  @Test
  void aPodLevelSettingDoesNotExist() {
    String yaml = RuleTester.pod("", "securityContext:\n  readOnlyRootFilesystem: true");
    assertThat(findings(rule, yaml)).hasSize(1);
  }
}
