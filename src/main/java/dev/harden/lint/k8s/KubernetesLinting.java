package dev.harden.lint.k8s;

import dev.harden.k8s.KubeObject;
import dev.harden.k8s.ManifestFile;
import dev.harden.k8s.Workload;
import dev.harden.lint.Finding;
import dev.harden.lint.LintSettings;
import dev.harden.lint.Linter;
import dev.harden.lint.Rule;
import dev.harden.lint.Suppressions;
import dev.harden.lint.k8s.rules.KubernetesRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lints loaded Kubernetes manifest files: findings, and each workload's Pod Security level.
 * Objects that are not workloads are skipped quietly.
 */
public final class KubernetesLinting {

  private final List<Rule<Workload>> rules;
  private final Linter<Workload> linter;
  private final PodSecurity podSecurity;

  public KubernetesLinting(LintSettings settings) {
    this.rules = KubernetesRules.all();
    this.linter = new Linter<>(rules, settings);
    this.podSecurity = new PodSecurity(rules);
  }

  public List<Rule<Workload>> rules() {
    return rules;
  }

  public ManifestLintResult lint(List<ManifestFile> files) {
    List<Finding> findings = new ArrayList<>();
    List<WorkloadAssessment> workloads = new ArrayList<>();
    for (ManifestFile file : files) {
      for (KubeObject object : KubeObject.of(file)) {
        Optional<Workload> workload = Workload.of(object);
        if (workload.isPresent()) {
          findings.addAll(linter.lint(workload.get(), Suppressions.NONE));
          workloads.add(podSecurity.assess(workload.get()));
        }
      }
    }
    findings.sort(Finding.ORDER);
    return new ManifestLintResult(findings, workloads);
  }

  public ManifestLintResult lint(ManifestFile file) {
    return lint(List.of(file));
  }
}
