package dev.harden.lint.k8s.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.k8s.ManifestFix;
import dev.harden.fix.k8s.ManifestFixes;
import dev.harden.k8s.Workload;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KubernetesRulesTest {

  private final List<Rule<Workload>> rules = KubernetesRules.all();

  /** The Pod Security Standards controls, as our aliases spell them. */
  static final Set<String> PSS_CONTROLS =
      Set.of(
          "PSS:baseline:hostProcess", "PSS:baseline:hostNamespaces", "PSS:baseline:privileged",
          "PSS:baseline:capabilities", "PSS:baseline:hostPath", "PSS:baseline:hostPorts",
          "PSS:baseline:appArmor", "PSS:baseline:seLinux", "PSS:baseline:procMount",
          "PSS:baseline:seccomp", "PSS:baseline:sysctls", "PSS:restricted:volumeTypes",
          "PSS:restricted:allowPrivilegeEscalation", "PSS:restricted:runAsNonRoot",
          "PSS:restricted:runAsUser", "PSS:restricted:seccomp", "PSS:restricted:capabilities");

  @Test
  void idsAreUniqueSequentialAndKubernetes() {
    List<String> ids = rules.stream().map(r -> r.meta().id()).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted().allMatch(id -> id.matches("K8S\\d{3}"));
    assertThat(rules).allMatch(r -> r.meta().kind() == RuleKind.KUBERNETES);
    assertThat(rules).allMatch(r -> !r.meta().rationale().isBlank());
  }

  @Test
  void everyRuleHasItsDocPageAndItsTest() {
    for (Rule<Workload> rule : rules) {
      assertThat(Path.of(rule.meta().docPath())).as(rule.meta().id()).exists();
      String test = "src/test/java/" + rule.getClass().getName().replace('.', '/') + "Test.java";
      assertThat(Path.of(test)).as(rule.meta().id()).exists();
    }
  }

  @Test
  void docsMentionEveryAlias() throws Exception {
    for (Rule<Workload> rule : rules) {
      String page = Files.readString(Path.of(rule.meta().docPath()));
      assertThat(page).as(rule.meta().id()).contains(rule.meta().id()).contains(rule.meta().title());
      for (String alias : rule.meta().aliases()) {
        assertThat(page).as(rule.meta().id() + " page names " + alias).contains(alias);
      }
    }
    String overview = Files.readString(Path.of("docs/kubernetes.md"));
    for (Rule<Workload> rule : rules) {
      assertThat(overview).contains(rule.meta().id());
    }
  }

  @Test
  void fixableRulesAreExactlyTheOnesWithAFix() {
    Set<String> fixable = rules.stream().map(Rule::meta).filter(RuleMeta::fixable).map(RuleMeta::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> fixed = ManifestFixes.all().stream().map(ManifestFix::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fixed).isEqualTo(fixable);
  }

  @Test
  void everyPodSecurityControlIsImplementedAndNoOtherIsClaimed() {
    Set<String> claimed = rules.stream().flatMap(r -> r.meta().aliases().stream())
        .filter(a -> a.startsWith("PSS:")).collect(Collectors.toCollection(TreeSet::new));
    assertThat(claimed).isEqualTo(new TreeSet<>(PSS_CONTROLS));
  }
}
