package dev.harden.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.harden.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("harden-policy.yaml"), text);
  }

  private void assertError(String text, int line, String says) throws IOException {
    Path f = write(text);
    assertThatThrownBy(() -> PolicyLoader.load(f))
        .isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.source()).isEqualTo(f.toString());
          assertThat(ie.line()).as(ie.describe()).isEqualTo(line);
          assertThat(ie.getMessage()).contains(says);
        });
  }

  @Test
  void builtinPolicyIsTheSeedsMinimum() {
    Policy p = PolicyLoader.builtin();
    assertThat(p.source()).isEqualTo("builtin");
    assertThat(p.rules()).extracting(PolicyRule::name).startsWith("critical-fixed-in-app",
        "critical-in-base", "critical-without-fix", "high");
    assertThat(p.unreachable()).isEqualTo(Policy.UnreachableEffect.ONE_TIER_DOWN);
    assertThat(p.unknownReachability()).isEqualTo(Subject.Reachability.REACHABLE);
    assertThat(p.unknownOrigin()).isEqualTo(Subject.Origin.APP);
    assertThat(p.otherwise()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void docsShowTheBuiltinPolicyAsItIs() throws IOException {
    String doc = Files.readString(Path.of("docs/policy.md"));
    assertThat(doc).contains(PolicyLoader.builtinText().strip());
  }

  @Test
  void readsEveryKey() throws Exception {
    Policy p = PolicyLoader.load(write("""
        version: 1
        reachability: {unreachable: allow, unknown: unreachable}
        origin: {unknown: base}
        otherwise: ticket
        rules:
          - name: log4shell-always
            description: never waived by reachability
            match:
              id: [CVE-2021-44228]
              kind: vulnerability
              cvssAtLeast: 9
              cvssBelow: 10.1
              fixState: [fixed, not-fixed]
              origin: [app, runtime]
              reachability: [reachable, unknown]
              packageType: java-archive
              severity: critical
            verdict: block
            keepWhenUnreachable: true
          - name: seven
            match: {hardening: [4, 5], kind: [dockerfile, manifest]}
            verdict: warn
        """));
    assertThat(p.rules()).hasSize(2);
    PolicyRule r = p.rules().get(0);
    assertThat(r.line()).isEqualTo(6);
    assertThat(r.keepWhenUnreachable()).isTrue();
    assertThat(r.when().cvssAtLeast()).isEqualTo(9.0);
    assertThat(p.unreachable()).isEqualTo(Policy.UnreachableEffect.ALLOW);
    assertThat(p.unknownReachability()).isEqualTo(Subject.Reachability.UNREACHABLE);
    assertThat(p.unknownOrigin()).isEqualTo(Subject.Origin.BASE);
    assertThat(p.otherwise()).isEqualTo(Verdict.TICKET);
    assertThat(p.rules().get(1).when().hardening()).containsExactlyInAnyOrder(4, 5);
  }

  @Test
  void unknownKeyIsAnErrorAtItsLine() throws IOException {
    assertError("rules:\n  - name: a\n    verdict: block\n    sevrity: high\n", 4,
        "unknown key 'sevrity' in a rule");
    assertError("rules:\n  - name: a\n    match:\n      severty: high\n    verdict: block\n", 4,
        "unknown key 'severty' in match");
    assertError("rule:\n  - name: a\n", 1, "unknown key 'rule' in the policy");
  }

  @Test
  void wrongTypesAreErrorsAtTheirLine() throws IOException {
    assertError("rules:\n  name: a\n", 2, "rules must be a list");
    assertError("rules:\n  - name: a\n    verdict: [block]\n", 3, "verdict must be a single value");
    assertError("rules:\n  - name: a\n    verdict: block\n    match:\n      severity: {a: b}\n", 5,
        "severity must be");
    assertError("rules:\n  - name: a\n    verdict: block\n    match: {cvssAtLeast: high}\n", 4,
        "cvssAtLeast must be a number");
    assertError("rules:\n  - name: a\n    verdict: block\n    keepWhenUnreachable: yes\n", 4,
        "must be true or false");
  }

  @Test
  void wordsOutsideTheirSetAreErrors() throws IOException {
    assertError("rules:\n  - name: a\n    verdict: fail\n", 3, "unknown verdict 'fail'");
    assertError("rules:\n  - name: a\n    verdict: suppressed\n", 3, "unknown verdict");
    assertError("rules:\n  - name: a\n    verdict: warn\n    match:\n      severity: [high, severe]\n",
        5, "unknown value 'severe'");
    assertError("rules:\n  - name: a\n    verdict: warn\n    match: {origin: layer}\n", 4,
        "unknown value 'layer'");
    assertError("rules:\n  - name: a\n    verdict: warn\n    match: {packageType: gem}\n", 4,
        "unknown value 'gem'");
    assertError("rules:\n  - name: a\n    verdict: warn\n    match: {hardening: 8}\n", 4,
        "hardening must be any, none or numbers 1 to 7");
    assertError("reachability: {unreachable: two-tiers}\nrules: []\n", 1,
        "unknown value 'two-tiers'");
    assertError("version: 2\nrules: []\n", 1, "unsupported policy version");
  }

  @Test
  void rulesNeedNamesAndVerdictsAndNamesAreUnique() throws IOException {
    assertError("rules:\n  - verdict: block\n", 2, "a rule needs a name");
    assertError("rules:\n  - name: a\n", 2, "needs a verdict");
    assertError("rules:\n  - {name: a, verdict: block}\n  - {name: a, verdict: warn}\n", 3,
        "already defined");
    assertError("version: 1\n", 1, "no rules list");
  }

  @Test
  void yamlErrorsAndDuplicateKeysCarryTheLine() throws IOException {
    assertError("rules:\n  - name: a\n    verdict: [block\n", 4, "invalid YAML");
    assertError("rules:\n  - name: a\n    name: b\n    verdict: block\n", 3, "duplicate key 'name'");
  }

  @Test
  void missingFileIsAnInputError() {
    assertThatThrownBy(() -> PolicyLoader.load(dir.resolve("nope.yaml")))
        .isInstanceOf(InputException.class).hasMessageContaining("not found");
  }
}
