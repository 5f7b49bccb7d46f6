package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** {@code hostNetwork: true} (baseline standard: host namespaces). */
public final class K8s012HostNetwork implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S012", RuleKind.KUBERNETES, "Do not share the host's network namespace (hostNetwork)")
          .severity(Severity.ERROR)
          .rationale(
              "With hostNetwork: true the pod shares the node's network namespace: it sees every interface and can reach services bound to the node's localhost.")
          .aliases("KSV-0009", "KSV009", "host-network", "HostNetwork", "PSS:baseline:hostNamespaces")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    workload.podSpec().bool("hostNetwork")
        .filter(f -> f.value())
        .ifPresent(f -> report.at(f, "the pod sets hostNetwork: true"));
  }
}
