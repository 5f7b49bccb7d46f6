package dev.harden.lint.k8s;

import java.util.List;

/**
 * One workload and the most restrictive Pod Security Standard it meets: what {@code harden lint}
 * reports in the {@code workloads} array of its JSON output (see docs/kubernetes.md).
 *
 * @param file the file as the user named it
 * @param document 0-based document index in the file
 * @param line 1-based line where the object starts
 * @param object {@code kind/namespace/name} (or {@code kind/name})
 * @param pss {@code privileged}, {@code baseline} or {@code restricted}
 * @param failedControls the controls it fails, as {@code PSS:<level>:<control>}, sorted
 */
public record WorkloadAssessment(
    String file, int document, int line, String object, String pss, List<String> failedControls) {

  public WorkloadAssessment {
    failedControls = List.copyOf(failedControls);
  }
}
