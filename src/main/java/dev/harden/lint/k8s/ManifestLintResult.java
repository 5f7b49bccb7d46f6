package dev.harden.lint.k8s;

import dev.harden.lint.Finding;
import java.util.List;
import java.util.Map;

/** Findings of a set of manifest files, in report order, and the Pod Security level of each workload. */
public record ManifestLintResult(List<Finding> findings, List<WorkloadAssessment> workloads) {

  public ManifestLintResult {
    findings = List.copyOf(findings);
    workloads = List.copyOf(workloads);
  }

  /** What the JSON report adds beside {@code findings}: {@code {"workloads": [...]}}. */
  public Map<String, Object> reportExtras() {
    return Map.of("workloads", workloads);
  }
}
