package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** {@code hostPID: true} (baseline standard: host namespaces). */
public final class K8s013HostPid implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S013", RuleKind.KUBERNETES, "Do not share the host's process namespace (hostPID)")
          .severity(Severity.ERROR)
          .rationale(
              "With hostPID: true the pod shares the node's process namespace: it sees and can signal every process on the node.")
          .aliases("KSV-0010", "KSV010", "host-pid", "HostPID", "PSS:baseline:hostNamespaces")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    workload.podSpec().bool("hostPID")
        .filter(f -> f.value())
        .ifPresent(f -> report.at(f, "the pod sets hostPID: true"));
  }
}
