package dev.harden.lint.k8s.rules;

import dev.harden.k8s.Container;
import dev.harden.k8s.Workload;
import dev.harden.lint.FindingSink;
import dev.harden.lint.Rule;
import dev.harden.lint.RuleKind;
import dev.harden.lint.RuleMeta;
import dev.harden.lint.Severity;

/** Windows HostProcess containers (baseline standard). */
public final class K8s022WindowsHostProcess implements Rule<Workload> {

  public static final RuleMeta META =
      RuleMeta.of("K8S022", RuleKind.KUBERNETES, "Do not run Windows HostProcess containers")
          .severity(Severity.ERROR)
          .rationale(
              "A HostProcess container runs directly on the Windows node with the node's"
                  + " privileges and network; it is the Windows equivalent of privileged.")
          .aliases("KSV-0103", "KSV103", "PSS:baseline:hostProcess")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(Workload workload, FindingSink out) {
    WorkloadReport report = new WorkloadReport(workload, out);
    workload.podSpec().securityContext()
        .flatMap(sc -> sc.child("windowsOptions"))
        .flatMap(w -> w.bool("hostProcess"))
        .filter(f -> f.value())
        .ifPresent(f -> report.at(f, "the pod runs as a Windows HostProcess"));
    for (Container c : workload.podSpec().containers()) {
      workload.security(c).hostProcess()
          .filter(f -> f.value() && WorkloadReport.inContainer(f, c))
          .ifPresent(
              f -> report.at(f, c, WorkloadReport.describe(c) + " runs as a Windows HostProcess"));
    }
  }
}
