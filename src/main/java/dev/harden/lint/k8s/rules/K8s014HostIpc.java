package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** {@code hostIPC: true} (baseline standard: host namespaces). */
public final class K8s014HostIpc implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S014", RuleKind.KUBERNETES, "Do not share the host's IPC namespace (hostIPC)")
          .severity(Severity.ERROR)
          .rationale(
              "With hostIPC: true the pod shares the node's IPC namespace: it can read and write the shared memory of every process on the node.")
          .aliases("KSV-0008", "KSV008", "host-ipc", "HostIPC", "PSS:baseline:hostNamespaces")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    workload.podSpec().bool("hostIPC")
        .filter(f -> f.value())
        .ifPresent(f -> report.at(f, "the pod sets hostIPC: true"));
  }
}
